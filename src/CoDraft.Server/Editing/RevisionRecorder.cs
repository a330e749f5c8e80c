using System.Security.Cryptography;
using System.Text;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;

namespace CoDraft.Server.Editing;

/// <summary>
/// Stores revisions: the text at a version as a snapshot, and the revision that names it with its hash; then tells
/// the listeners (none in the editing tests and benchmarks that build one by hand).
/// </summary>
public sealed class RevisionRecorder(IRevisionStore store, ISnapshotStore snapshots, IOpLog opLog, TimeProvider clock, IEnumerable<IRevisionListener>? listeners = null)
{
    private readonly IRevisionListener[] listeners = listeners?.ToArray() ?? [];

    /// <summary>Names <paramref name="version"/>, whose text is <paramref name="text"/>.</summary>
    public Task<Revision> NameAsync(Guid statementId, long version, string text, string label, string author, CancellationToken cancellationToken = default) =>
        RecordAsync(Guid.NewGuid(), statementId, version, text, RevisionKind.Named, label, author, cancellationToken);

    /// <summary>
    /// Records an automatic revision of <paramref name="version"/>, read back from the store, once: its id follows from
    /// the statement and version, so when several server processes each decide to record the same version, the store
    /// keeps the first and the others get that one back.
    /// </summary>
    public async Task<Revision> RecordAutomaticAsync(Guid statementId, long version, CancellationToken cancellationToken = default)
    {
        var id = AutomaticRevisionId(statementId, version);
        var text = await VersionText.ReadAsync(snapshots, opLog, statementId, version, cancellationToken);
        try
        {
            return await RecordAsync(id, statementId, version, text, RevisionKind.Auto, null, AutomaticAuthor, cancellationToken);
        }
        catch (StoreException e) when (e.Code == StoreException.DuplicateRevision)
        {
            return (await store.ListRevisionsAsync(statementId, cancellationToken)).First(r => r.Id == id);
        }
    }

    /// <summary>The id of the automatic revision of a version: a name-based (version 8) UUID from SHA-256.</summary>
    public static Guid AutomaticRevisionId(Guid statementId, long version)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"codraft:auto-revision:{statementId:N}:{version}"));
        hash[7] = (byte)((hash[7] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16));
    }

    /// <summary>Records <paramref name="version"/>, whose text is <paramref name="text"/>, as a sign-off candidate.</summary>
    public Task<Revision> RecordCandidateAsync(Guid statementId, long version, string text, string label, string author, CancellationToken cancellationToken = default) =>
        RecordAsync(Guid.NewGuid(), statementId, version, text, RevisionKind.Candidate, label, author, cancellationToken);

    /// <summary>The author recorded on automatic revisions.</summary>
    public const string AutomaticAuthor = "codraft";

    private async Task<Revision> RecordAsync(Guid id, Guid statementId, long version, string text, RevisionKind kind, string? label, string author, CancellationToken cancellationToken)
    {
        var revision = new Revision(id, statementId, version, kind, label, author, clock.GetUtcNow(), TextHash.Sha256(text));
        await snapshots.SaveSnapshotAsync(new TextSnapshot(statementId, version, text), cancellationToken);
        await store.AddRevisionAsync(revision, cancellationToken);
        foreach (var listener in listeners)
        {
            await listener.OnRevisionAsync(revision, cancellationToken);
        }
        return revision;
    }
}
