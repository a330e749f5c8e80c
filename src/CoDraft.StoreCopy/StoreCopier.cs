using CoDraft.Core.Storage;

namespace CoDraft.StoreCopy;

/// <summary>
/// Copies every kind of <see cref="StoreKinds.All"/> from one store to another, keeping ids, versions and times, then
/// verifies the target. Safe to run again: what the target already holds, identical, is skipped; anything it holds
/// differently is a conflict, reported before a single record is written.
/// </summary>
public sealed class StoreCopier(IReadOnlyList<IStoreKind> kinds, TextWriter output)
{
    /// <summary>The longest list of conflicts printed; the count says how many more there were.</summary>
    private const int ConflictsShown = 20;

    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/>; true when the target verified equal.</summary>
    public async Task<bool> CopyAsync(IDraftStore source, IDraftStore target, CancellationToken cancellationToken = default)
    {
        var plans = new List<KindPlan>();
        foreach (var kind in kinds)
        {
            plans.Add(await kind.PlanAsync(source, target, cancellationToken));
        }
        var conflicts = plans.SelectMany(p => p.Conflicts).ToList();
        if (conflicts.Count > 0)
        {
            await output.WriteLineAsync($"Refused: the target holds {conflicts.Count} record(s) that differ from the source's. Nothing was written.");
            foreach (var conflict in conflicts.Take(ConflictsShown))
            {
                await output.WriteLineAsync($"  conflict: {conflict}");
            }
            if (conflicts.Count > ConflictsShown)
            {
                await output.WriteLineAsync($"  … and {conflicts.Count - ConflictsShown} more");
            }
            return false;
        }

        await output.WriteLineAsync($"{"kind",-18} {"source",8} {"copied",8} {"present",8}");
        foreach (var plan in plans)
        {
            await plan.WriteMissingAsync(cancellationToken);
            await output.WriteLineAsync($"{plan.Kind,-18} {plan.InSource,8} {plan.Missing,8} {plan.AlreadyInTarget,8}");
        }
        return await VerifyAsync(source, target, cancellationToken);
    }

    /// <summary>Compares every kind and every statement of the source with the target, and prints what it found.</summary>
    public async Task<bool> VerifyAsync(IDraftStore source, IDraftStore target, CancellationToken cancellationToken = default)
    {
        var verified = true;
        await output.WriteLineAsync();
        await output.WriteLineAsync("Verification (count and SHA-256 of each kind's records, source = target):");
        foreach (var kind in kinds)
        {
            var check = await kind.VerifyAsync(source, target, cancellationToken);
            verified &= check.Matches;
            var extra = check.TargetOnly > 0 ? $" (+{check.TargetOnly} only in the target)" : string.Empty;
            var verdict = check.Matches ? "ok" : $"DIFFERS at {check.FirstDifference}";
            await output.WriteLineAsync(
                $"  {check.Kind,-18} {check.SourceCount,8} = {check.TargetCount,-8} {check.SourceSha256[..16]} = {check.TargetSha256[..16]}  {verdict}{extra}");
        }
        await output.WriteLineAsync("Statements (head version, ops, SHA-256 of the text at the head):");
        foreach (var statement in await source.ListStatementsAsync(cancellationToken))
        {
            var mine = await StatementDigest.ReadAsync(source, statement.Id, cancellationToken);
            var theirs = await StatementDigest.ReadAsync(target, statement.Id, cancellationToken);
            var same = mine == theirs;
            verified &= same;
            await output.WriteLineAsync(
                $"  {statement.Id} v{mine!.HeadVersion} {mine.OpCount} ops {mine.TextSha256[..16]}  {(same ? "ok" : $"DIFFERS in the target: {Describe(theirs)}")}");
        }
        await output.WriteLineAsync(verified ? "Verified: the target holds everything the source holds, identical." : "Verification FAILED: see DIFFERS above.");
        return verified;
    }

    private static string Describe(StatementDigest? digest) =>
        digest is null ? "missing" : $"v{digest.HeadVersion} {digest.OpCount} ops {digest.TextSha256[..16]}";
}
