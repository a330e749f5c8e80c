using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Core.Word;

namespace CoDraft.Server.Word;

/// <summary>
/// Makes the .docx exports of a statement: a version as it reads, and a redline between two versions as tracked
/// changes credited to the people (with their organisations) whose edits lie between them.
/// </summary>
public static class WordExports
{
    /// <summary>How many editors a redline's change author names before it says "and N others".</summary>
    private const int MaxNamedAuthors = 3;

    /// <summary>The .docx of <paramref name="version"/> and its file name.</summary>
    public static async Task<WordFile> VersionAsync(
        IStatementStore statements, ISnapshotStore snapshots, IOpLog opLog, Guid id, long version, CancellationToken ct)
    {
        var statement = await FindAsync(statements, id, ct);
        var text = await ReadVersionAsync(snapshots, opLog, statement, version, ct);
        // The file says which statement and version it is, so that a copy edited in Word can be uploaded back.
        return new WordFile(WordExport.Version(text, statement.Title, new WordSource(id, version)), FileName(statement.Title, $"v{version}"));
    }

    /// <summary>The redline .docx from <paramref name="from"/> to <paramref name="to"/> and its file name.</summary>
    public static async Task<WordFile> RedlineAsync(
        IStatementStore statements, ISnapshotStore snapshots, IOpLog opLog, IAccountStore accounts, Guid id, long from, long to, CancellationToken ct)
    {
        var statement = await FindAsync(statements, id, ct);
        var before = await ReadVersionAsync(snapshots, opLog, statement, from, ct);
        var after = await ReadVersionAsync(snapshots, opLog, statement, to, ct);
        var stamp = await StampAsync(opLog, accounts, id, from, to, statement.UpdatedAt, ct);
        var bytes = WordExport.Redline(before, after, statement.Title, stamp);
        return new WordFile(bytes, FileName(statement.Title, $"redline-v{from}-v{to}"));
    }

    /// <summary>
    /// The author and date of the redline's changes: every person who edited between the two versions, each with
    /// their organisation, and the time of the last of those edits. The op log does not tie each word of a word
    /// diff to one edit, so every change carries the same names.
    /// </summary>
    private static async Task<TrackedChangeStamp> StampAsync(
        IOpLog opLog, IAccountStore accounts, Guid id, long from, long to, DateTimeOffset fallback, CancellationToken ct)
    {
        var ops = await opLog.ReadOpsAsync(id, Math.Min(from, to), Math.Max(from, to), ct);
        if (ops.Count == 0)
        {
            return new TrackedChangeStamp("CoDraft", fallback);
        }
        var names = new List<string>();
        var authors = ops.Select(op => op.Author).Distinct(StringComparer.Ordinal).ToList();
        foreach (var author in authors.Take(MaxNamedAuthors))
        {
            names.Add(await NameAsync(accounts, author, ct));
        }
        if (authors.Count > MaxNamedAuthors)
        {
            names.Add($"{authors.Count - MaxNamedAuthors} others");
        }
        return new TrackedChangeStamp(string.Join("; ", names), ops[^1].CommittedAt);
    }

    private static async Task<string> NameAsync(IAccountStore store, string author, CancellationToken ct)
    {
        if (!Guid.TryParse(author, out var personId) || await store.FindPersonAsync(personId, ct) is not { } person)
        {
            return author;
        }
        var membership = await store.FindMembershipAsync(personId, ct);
        var organisation = membership is null ? null : await store.FindOrganisationAsync(membership.OrganisationId, ct);
        return organisation is null ? person.Name : $"{person.Name} ({organisation.Name})";
    }

    /// <summary>The text of <paramref name="version"/> of statement <paramref name="id"/>; refused when either does not exist.</summary>
    public static async Task<string> ReadVersionAsync(IStatementStore statements, ISnapshotStore snapshots, IOpLog opLog, Guid id, long version, CancellationToken ct) =>
        await ReadVersionAsync(snapshots, opLog, await FindAsync(statements, id, ct), version, ct);

    private static async Task<string> ReadVersionAsync(ISnapshotStore snapshots, IOpLog opLog, StatementRecord statement, long version, CancellationToken ct)
    {
        if (version < 0 || version > statement.Version)
        {
            throw new CoDraftException(ErrorCodes.VersionNotFound, $"Version {version} does not exist; the current version is {statement.Version}.");
        }
        return await VersionText.ReadAsync(snapshots, opLog, statement.Id, version, ct);
    }

    private static async Task<StatementRecord> FindAsync(IStatementStore store, Guid id, CancellationToken ct) =>
        await store.FindStatementAsync(id, ct) ?? throw new CoDraftException(ErrorCodes.StatementNotFound, "No such statement.");

    /// <summary>A file name from the title: letters, digits and dashes only, so every browser and system takes it.</summary>
    private static string FileName(string title, string suffix)
    {
        var safe = new string(title.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        while (safe.Contains("--", StringComparison.Ordinal))
        {
            safe = safe.Replace("--", "-", StringComparison.Ordinal);
        }
        if (safe.Length > 60)
        {
            safe = safe[..60].TrimEnd('-');
        }
        return $"{(safe.Length == 0 ? "statement" : safe)}-{suffix}.docx";
    }
}
