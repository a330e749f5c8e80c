using CoDraft.Core.Storage;
using CoDraft.Core.Audit;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Text;

namespace CoDraft.StoreCopy;

/// <summary>
/// What <c>store verify</c> finds about one statement: its op log runs 1..head without a gap, the text at the head
/// is the same whether rebuilt from the whole log or from the nearest snapshot and the ops after it (as the server
/// reads it), every revision's SHA-256 matches the text at its version, and its audit chain is intact.
/// </summary>
public sealed record StatementIntegrity(Guid StatementId, long HeadVersion, int OpCount, string TextSha256, int AuditEntries, IReadOnlyList<string> Problems)
{
    /// <summary>True when nothing is wrong.</summary>
    public bool IsIntact => Problems.Count == 0;

    /// <summary>Checks one statement of <paramref name="store"/>.</summary>
    public static async Task<StatementIntegrity> CheckAsync(IDraftStore store, StatementRecord statement, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var ops = await store.ReadOpsAsync(statement.Id, 0, long.MaxValue, cancellationToken);
        var revisions = (await store.ListRevisionsAsync(statement.Id, cancellationToken)).ToLookup(r => r.Version);
        var text = new LiveText(string.Empty);
        long expected = 1;
        foreach (var op in ops)
        {
            if (op.Version != expected)
            {
                problems.Add($"the op log has version {op.Version} where {expected} was due");
                break;
            }
            text.Apply(op.Op);
            foreach (var revision in revisions[op.Version])
            {
                if (revision.Sha256 != TextHash.Sha256(text.ToString()))
                {
                    problems.Add($"revision at v{revision.Version} has a SHA-256 that is not the text's at that version");
                }
            }
            expected++;
        }
        if (problems.Count == 0 && ops.Count != statement.Version)
        {
            problems.Add($"the statement says v{statement.Version} but its op log ends at v{ops.Count}");
        }
        var replayed = TextHash.Sha256(text.ToString());
        if (problems.Count == 0 && TextHash.Sha256(await VersionText.ReadAsync(store, store, statement.Id, statement.Version, cancellationToken)) != replayed)
        {
            problems.Add("the text rebuilt from its snapshot differs from the text rebuilt from the whole op log");
        }
        var audit = AuditChain.Verify(await store.ListAuditAsync(statement.Id, cancellationToken));
        if (!audit.IsIntact)
        {
            problems.Add($"audit chain broken: {audit.Problem}");
        }
        return new StatementIntegrity(statement.Id, statement.Version, ops.Count, replayed, audit.VerifiedEntries, problems);
    }
}
