using System.Collections.Concurrent;
using System.Text;
using CoDraft.Core.Drafting;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Editing;

/// <summary>
/// The one path by which a statement's text changes, whether from a live editor, a REST full-text update or an
/// accepted suggestion. One writer per statement per process: transform the op against what was committed after
/// its base, validate it, commit it to the store, and only then apply it here and tell the listeners. Across
/// processes the store's unique (statement, version) is the arbiter: on conflict, catch up and try again.
/// </summary>
public sealed class DraftEditor(
    IDraftStore store,
    RevisionRecorder revisions,
    IOptions<EditingOptions> options,
    IEnumerable<IEditListener> listeners,
    TimeProvider clock,
    ILogger<DraftEditor> logger)
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<LiveDocument>>> documents = new();
    private readonly IEditListener[] listeners = listeners.ToArray();
    private EditingOptions Options => options.Value;

    /// <summary>Commits a live editor's submission (see <see cref="Submission"/>).</summary>
    public async Task<CommitResult> SubmitAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        TextType.Check(submission.Op);
        var doc = await OpenAsync(submission.StatementId, cancellationToken);
        await doc.Gate.WaitAsync(cancellationToken);
        try
        {
            return await CommitLockedAsync(doc, submission, cancellationToken);
        }
        finally
        {
            doc.Gate.Release();
        }
    }

    /// <summary>
    /// Replaces the whole text, as a REST client does: refused with <see cref="ErrorCodes.VersionStale"/> unless
    /// <paramref name="baseVersion"/> is the current version, and stored as the op computed from the diff.
    /// </summary>
    public async Task<CommitResult> ReplaceTextAsync(Guid statementId, long baseVersion, string text, string author, CancellationToken cancellationToken = default)
    {
        EnsureValidText(text);
        var doc = await OpenAsync(statementId, cancellationToken);
        await doc.Gate.WaitAsync(cancellationToken);
        try
        {
            await CatchUpLockedAsync(doc, cancellationToken);
            if (baseVersion != doc.Version)
            {
                throw new StaleVersionException(doc.Version);
            }
            var op = TextDiff.ToOp(doc.Text.ToString(), text);
            var submission = new Submission(statementId, baseVersion, "rest-" + Guid.NewGuid().ToString("N"), 1, op, author);
            return await CommitLockedAsync(doc, submission, cancellationToken);
        }
        finally
        {
            doc.Gate.Release();
        }
    }

    /// <summary>The current text and version of a statement.</summary>
    public async Task<(string Text, long Version)> ReadHeadAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        var doc = await OpenAsync(statementId, cancellationToken);
        await doc.Gate.WaitAsync(cancellationToken);
        try
        {
            await CatchUpLockedAsync(doc, cancellationToken);
            return (doc.Text.ToString(), doc.Version);
        }
        finally
        {
            doc.Gate.Release();
        }
    }

    /// <summary>Names the current version (e.g. "Draft 2 for partners") and returns the stored revision.</summary>
    public async Task<Revision> NameCurrentVersionAsync(Guid statementId, string label, string author, CancellationToken cancellationToken = default)
    {
        var (text, version) = await ReadHeadAsync(statementId, cancellationToken);
        return await revisions.NameAsync(statementId, version, text, label, author, cancellationToken);
    }

    /// <summary>
    /// Moves a selection made on <paramref name="version"/> to the current version, clamped to the text, and
    /// returns it with that version. Used for presence, which is never stored.
    /// </summary>
    public async Task<(Selection Selection, long Version)> TransformSelectionToHeadAsync(Guid statementId, long version, Selection selection, CancellationToken cancellationToken = default)
    {
        var doc = await OpenAsync(statementId, cancellationToken);
        await doc.Gate.WaitAsync(cancellationToken);
        try
        {
            if (version > doc.Version || version < doc.OldestRecentBase)
            {
                throw new CoDraftException(version > doc.Version ? ErrorCodes.VersionInFuture : ErrorCodes.VersionTooOld, $"Version {version} is not one a selection can be moved from.");
            }
            foreach (var op in doc.OpsAfter(version))
            {
                selection = TextType.TransformSelection(selection, op.Op);
            }
            var length = doc.Text.Length;
            return (new Selection(Math.Clamp(selection.Anchor, 0, length), Math.Clamp(selection.Head, 0, length)), doc.Version);
        }
        finally
        {
            doc.Gate.Release();
        }
    }

    /// <summary>The committed ops after <paramref name="version"/>, for a client catching up.</summary>
    public async Task<(IReadOnlyList<CommittedOp> Ops, long Version)> ReadOpsSinceAsync(Guid statementId, long version, CancellationToken cancellationToken = default)
    {
        var doc = await OpenAsync(statementId, cancellationToken);
        await doc.Gate.WaitAsync(cancellationToken);
        try
        {
            await CatchUpLockedAsync(doc, cancellationToken);
            if (version > doc.Version)
            {
                throw new CoDraftException(ErrorCodes.VersionInFuture, $"Version {version} is newer than the current version {doc.Version}.");
            }
            if (version < 0 || doc.Version - version > Options.MaxTransformOps)
            {
                throw new CoDraftException(ErrorCodes.VersionTooOld, $"Version {version} is more than {Options.MaxTransformOps} versions behind; join again to get the whole text.");
            }
            var ops = version >= doc.OldestRecentBase
                ? doc.OpsAfter(version).ToList()
                : await store.ReadOpsAsync(statementId, version, doc.Version, cancellationToken);
            return (ops, doc.Version);
        }
        finally
        {
            doc.Gate.Release();
        }
    }

    /// <summary>Checks a whole text against the limits, as every path that takes one must.</summary>
    public void EnsureValidText(string text)
    {
        if (!CodePoints.IsWellFormed(text))
        {
            throw new CoDraftException(ErrorCodes.TextInvalid, "The text contains a lone UTF-16 surrogate.");
        }
        if (Encoding.UTF8.GetByteCount(text) > Options.MaxTextBytes)
        {
            throw new CoDraftException(ErrorCodes.TextTooLarge, $"The text is larger than the maximum of {Options.MaxTextBytes} bytes.");
        }
    }

    private async Task<CommitResult> CommitLockedAsync(LiveDocument doc, Submission submission, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Options.MaxCommitAttempts; attempt++)
        {
            if (doc.HasSeen(submission.ClientId, submission.Seq))
            {
                var earlier = await store.FindSubmissionAsync(doc.StatementId, submission.ClientId, submission.Seq, cancellationToken);
                if (earlier is not null)
                {
                    return new CommitResult(earlier.Version, null, Duplicate: true);
                }
            }
            TextOp op;
            try
            {
                op = await TransformAndResolveLockedAsync(doc, submission, cancellationToken);
            }
            catch (CoDraftException)
            {
                // A resend of an op committed long ago may no longer transform cleanly; it is still a resend.
                var earlier = await store.FindSubmissionAsync(doc.StatementId, submission.ClientId, submission.Seq, cancellationToken);
                if (earlier is null)
                {
                    throw;
                }
                return new CommitResult(earlier.Version, null, Duplicate: true);
            }
            if (op.IsNoOp)
            {
                return new CommitResult(doc.Version, null, Duplicate: false);
            }
            var committed = new CommittedOp(doc.StatementId, doc.Version + 1, op, submission.ClientId, submission.Seq, submission.Author, clock.GetUtcNow());
            var outcome = await store.AppendAsync([committed], cancellationToken);
            switch (outcome.Status)
            {
                case AppendStatus.Committed:
                    await AfterCommitLockedAsync(doc, committed, cancellationToken);
                    return new CommitResult(committed.Version, op, Duplicate: false);
                case AppendStatus.DuplicateSubmission:
                    return new CommitResult(outcome.ExistingVersion, null, Duplicate: true);
                default:
                    Log.CommitConflict(logger, doc.StatementId, committed.Version, attempt);
                    await CatchUpLockedAsync(doc, cancellationToken);
                    break;
            }
        }
        throw new CoDraftException(ErrorCodes.StoreContention, "Other writers kept committing first; try again.");
    }

    private async Task<TextOp> TransformAndResolveLockedAsync(LiveDocument doc, Submission submission, CancellationToken cancellationToken)
    {
        var baseVersion = submission.BaseVersion;
        if (baseVersion > doc.Version)
        {
            await CatchUpLockedAsync(doc, cancellationToken);
            if (baseVersion > doc.Version)
            {
                throw new CoDraftException(ErrorCodes.VersionInFuture, $"Base version {baseVersion} is newer than the current version {doc.Version}.");
            }
        }
        if (baseVersion < 0 || doc.Version - baseVersion > Options.MaxTransformOps)
        {
            throw new CoDraftException(ErrorCodes.VersionTooOld, $"Base version {baseVersion} is more than {Options.MaxTransformOps} versions behind; catch up first.");
        }
        var op = submission.Op;
        var concurrent = baseVersion >= doc.OldestRecentBase
            ? doc.OpsAfter(baseVersion)
            : await store.ReadOpsAsync(doc.StatementId, baseVersion, doc.Version, cancellationToken);
        foreach (var other in concurrent)
        {
            // Ops committed first win ties: the incoming op is transformed as the right-hand side.
            op = TextType.Transform(op, other.Op, TransformSide.Right);
        }
        var resolved = doc.Text.Resolve(op);
        if (doc.ByteLength + LiveDocument.Utf8Delta(resolved) > Options.MaxTextBytes)
        {
            throw new CoDraftException(ErrorCodes.TextTooLarge, $"The text would be larger than the maximum of {Options.MaxTextBytes} bytes.");
        }
        return resolved;
    }

    private async Task AfterCommitLockedAsync(LiveDocument doc, CommittedOp committed, CancellationToken cancellationToken)
    {
        doc.Apply(committed, Options.MaxTransformOps);
        if (committed.Version % Options.SnapshotEvery == 0)
        {
            await store.SaveSnapshotAsync(new TextSnapshot(doc.StatementId, committed.Version, doc.Text.ToString()), cancellationToken);
        }
        foreach (var listener in listeners)
        {
            await listener.OnCommittedAsync(committed);
        }
    }

    /// <summary>Applies what other processes committed since this process last looked.</summary>
    private async Task CatchUpLockedAsync(LiveDocument doc, CancellationToken cancellationToken)
    {
        var newer = await store.ReadOpsAsync(doc.StatementId, doc.Version, long.MaxValue, cancellationToken);
        foreach (var op in newer)
        {
            doc.Apply(op, Options.MaxTransformOps);
            foreach (var listener in listeners)
            {
                await listener.OnCommittedAsync(op);
            }
        }
    }

    private async Task<LiveDocument> OpenAsync(Guid statementId, CancellationToken cancellationToken)
    {
        var lazy = documents.GetOrAdd(statementId, id => new Lazy<Task<LiveDocument>>(() => LoadAsync(id)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken);
        }
        catch (CoDraftException)
        {
            documents.TryRemove(KeyValuePair.Create(statementId, lazy));
            throw;
        }
    }

    private async Task<LiveDocument> LoadAsync(Guid statementId)
    {
        var statement = await store.FindStatementAsync(statementId)
            ?? throw new CoDraftException(ErrorCodes.StatementNotFound, "No such statement.");
        var text = await VersionText.ReadAsync(store, statementId, statement.Version, CancellationToken.None);
        var doc = new LiveDocument(statementId, new LiveText(text), statement.Version, Encoding.UTF8.GetByteCount(text));
        return doc;
    }
}
