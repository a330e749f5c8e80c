using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Server.Telemetry;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Editing;

/// <summary>
/// The one path by which a statement's text changes, whether from a live editor, a REST full-text update or an
/// accepted suggestion. One writer per statement per process: transform the op against what was committed after
/// its base, validate it, commit it to the store, and only then apply it here and tell the listeners. Across
/// processes the store's unique (statement, version) is the arbiter: on conflict, catch up and try again.
/// </summary>
public sealed partial class DraftEditor(
    IOpLog store,
    ISnapshotStore snapshots,
    IStatementStore statements,
    ILifecycleStore lifecycle,
    RevisionRecorder revisions,
    IOptions<EditingOptions> options,
    IEnumerable<IEditListener> listeners,
    TimeProvider clock,
    ILogger<DraftEditor> logger)
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<LiveDocument>>> documents = new();
    private readonly IEditListener[] listeners = listeners.ToArray();
    private readonly IStatementMemory[] memories = listeners.OfType<IStatementMemory>().ToArray();
    private EditingOptions Options => options.Value;

    /// <summary>Commits a live editor's submission (see <see cref="Submission"/>).</summary>
    public Task<CommitResult> SubmitAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        TextType.Check(submission.Op);
        CoDraftMetrics.Submitted();
        return EnqueueAsync(new PendingSubmission(submission, null), cancellationToken);
    }

    /// <summary>
    /// Replaces the whole text, as a REST client does: refused with <see cref="ErrorCodes.VersionStale"/> unless
    /// <paramref name="baseVersion"/> is the current version, and stored as the op computed from the diff.
    /// </summary>
    public Task<CommitResult> ReplaceTextAsync(Guid statementId, long baseVersion, string text, string author, CancellationToken cancellationToken = default)
    {
        EnsureValidText(text);
        var submission = new Submission(statementId, baseVersion, "rest-" + Guid.NewGuid().ToString("N"), 1, TextOp.Identity, author);
        return EnqueueAsync(new PendingSubmission(submission, text), cancellationToken);
    }

    /// <summary>The current text and version of a statement.</summary>
    public async Task<(string Text, long Version)> ReadHeadAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        using var lease = await OpenAsync(statementId, cancellationToken);
        var doc = lease.Document;
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
        using var lease = await OpenAsync(statementId, cancellationToken);
        var doc = lease.Document;
        await doc.Gate.WaitAsync(cancellationToken);
        try
        {
            if (version > doc.Version)
            {
                // The client may have the version from another process (through the backplane) before this one has read it.
                await CatchUpLockedAsync(doc, cancellationToken);
            }
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
        using var lease = await OpenAsync(statementId, cancellationToken);
        var doc = lease.Document;
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

    /// <summary>Applies what other processes committed since this process last looked.</summary>
    private async Task CatchUpLockedAsync(LiveDocument doc, CancellationToken cancellationToken)
    {
        var newer = await store.ReadOpsAsync(doc.StatementId, doc.Version, long.MaxValue, cancellationToken);
        foreach (var op in newer)
        {
            doc.Apply(op, Options.MaxTransformOps);
        }
        if (newer.Count > 0)
        {
            _ = NotifyInOrderLocked(doc, newer);
        }
    }

    /// <summary>
    /// Catches up, then waits until the listeners have been told of every op committed so far: holding the gate, the
    /// caller then sees the listeners' state (anchors, lifecycle) as of the head, with nothing committing meanwhile.
    /// </summary>
    private async Task CatchUpAndSettleLockedAsync(LiveDocument doc, CancellationToken cancellationToken)
    {
        await CatchUpLockedAsync(doc, cancellationToken);
        await doc.Notified.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Queues the listeners' notification of committed ops behind the statement's earlier ones, so that listeners
    /// hear of every op in version order without the statement's gate being held while they work (a broadcast that
    /// waits for slow connections must not hold up the next commit). The returned task never faults.
    /// </summary>
    private Task NotifyInOrderLocked(LiveDocument doc, IReadOnlyList<CommittedOp> committed)
    {
        var notified = NotifyAfterAsync(doc.Notified, committed, Stopwatch.GetTimestamp());
        doc.Notified = notified;
        return notified;
    }

    private async Task NotifyAfterAsync(Task earlier, IReadOnlyList<CommittedOp> committed, long committedAt)
    {
        await earlier;
        await NotifyAsync(committed);
        CoDraftMetrics.Broadcast(committedAt);
    }

    /// <summary>
    /// Tells every listener of committed ops, in version order: a <see cref="ICommitGroupListener"/> once for the
    /// whole group, any other op by op. A failing listener loses no text.
    /// </summary>
    private async Task NotifyAsync(IReadOnlyList<CommittedOp> committed)
    {
        if (committed.Count == 0)
        {
            return;
        }
        foreach (var listener in listeners)
        {
            if (listener is ICommitGroupListener group)
            {
                try
                {
                    await group.OnCommittedGroupAsync(committed);
                }
                catch (Exception e)
                {
                    Log.ListenerFailed(logger, listener.GetType().Name, committed[0].StatementId, committed[0].Version, e);
                }
                continue;
            }
            foreach (var op in committed)
            {
                try
                {
                    await listener.OnCommittedAsync(op);
                }
                catch (Exception e)
                {
                    Log.ListenerFailed(logger, listener.GetType().Name, op.StatementId, op.Version, e);
                }
            }
        }
    }

    private async Task SaveSnapshotQuietlyAsync(LiveDocument doc)
    {
        try
        {
            await snapshots.SaveSnapshotAsync(new TextSnapshot(doc.StatementId, doc.Version, doc.Text.ToString()));
        }
        catch (Exception e)
        {
            // A snapshot only saves replay work later; the op log already holds the text.
            Log.SnapshotFailed(logger, doc.StatementId, doc.Version, e);
        }
    }

    /// <summary>
    /// The statement's live document, loaded on first use, with a lease that keeps it from eviction until disposed.
    /// A document evicted between being found and being leased is loaded again.
    /// </summary>
    private async Task<DocumentLease> OpenAsync(Guid statementId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var lazy = documents.GetOrAdd(statementId, id => new Lazy<Task<LiveDocument>>(() => LoadAsync(id)));
            LiveDocument doc;
            try
            {
                doc = await lazy.Value.WaitAsync(cancellationToken);
            }
            catch (CoDraftException)
            {
                documents.TryRemove(KeyValuePair.Create(statementId, lazy));
                throw;
            }
            if (doc.TryUse())
            {
                return new DocumentLease(doc, clock);
            }
        }
    }

    private async Task<LiveDocument> LoadAsync(Guid statementId)
    {
        var statement = await statements.FindStatementAsync(statementId)
            ?? throw new CoDraftException(ErrorCodes.StatementNotFound, "No such statement.");
        var text = await VersionText.ReadAsync(snapshots, store, statementId, statement.Version, CancellationToken.None);
        var doc = new LiveDocument(statementId, new LiveText(text), statement.Version, Encoding.UTF8.GetByteCount(text));
        CoDraftMetrics.DocumentOpened();
        return doc;
    }
}
