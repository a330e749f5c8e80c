using CoDraft.Core.Drafting;
using CoDraft.Core.Storage;

namespace CoDraft.Server.Editing;

/// <summary>
/// Stores revisions: the text at a version as a snapshot, and the revision that names it with its hash; then tells
/// the listeners (none in the editing tests and benchmarks that build one by hand).
/// </summary>
public sealed class RevisionRecorder(IDraftStore store, TimeProvider clock, IEnumerable<IRevisionListener>? listeners = null)
{
    private readonly IRevisionListener[] listeners = listeners?.ToArray() ?? [];

    /// <summary>Names <paramref name="version"/>, whose text is <paramref name="text"/>.</summary>
    public Task<Revision> NameAsync(Guid statementId, long version, string text, string label, string author, CancellationToken cancellationToken = default) =>
        RecordAsync(statementId, version, text, RevisionKind.Named, label, author, cancellationToken);

    /// <summary>Records an automatic revision of <paramref name="version"/>, read back from the store.</summary>
    public async Task<Revision> RecordAutomaticAsync(Guid statementId, long version, CancellationToken cancellationToken = default)
    {
        var text = await VersionText.ReadAsync(store, statementId, version, cancellationToken);
        return await RecordAsync(statementId, version, text, RevisionKind.Auto, null, AutomaticAuthor, cancellationToken);
    }

    /// <summary>Records <paramref name="version"/>, whose text is <paramref name="text"/>, as a sign-off candidate.</summary>
    public Task<Revision> RecordCandidateAsync(Guid statementId, long version, string text, string label, string author, CancellationToken cancellationToken = default) =>
        RecordAsync(statementId, version, text, RevisionKind.Candidate, label, author, cancellationToken);

    /// <summary>The author recorded on automatic revisions.</summary>
    public const string AutomaticAuthor = "codraft";

    private async Task<Revision> RecordAsync(Guid statementId, long version, string text, RevisionKind kind, string? label, string author, CancellationToken cancellationToken)
    {
        var revision = new Revision(Guid.NewGuid(), statementId, version, kind, label, author, clock.GetUtcNow(), TextHash.Sha256(text));
        await store.SaveSnapshotAsync(new TextSnapshot(statementId, version, text), cancellationToken);
        await store.AddRevisionAsync(revision, cancellationToken);
        foreach (var listener in listeners)
        {
            await listener.OnRevisionAsync(revision, cancellationToken);
        }
        return revision;
    }
}
