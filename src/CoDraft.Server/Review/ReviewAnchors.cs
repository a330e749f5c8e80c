using System.Collections.Concurrent;
using CoDraft.Core.Review;
using CoDraft.Core.Storage;
using CoDraft.Server.Editing;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Review;

/// <summary>
/// Moves every anchor of a statement by every committed op. The anchors of each statement edited in this process
/// are kept in memory and moved there (a few position transforms per op, no write); they are written back in one
/// batched write every <see cref="ReviewOptions.PersistAnchorsEvery"/> ops. A stored anchor carries the version it
/// is at and is brought up to date from the op log whenever it is loaded, so an anchor move that was not written
/// yet is recomputed after a restart, never lost. See docs/comments.md.
/// </summary>
public sealed class ReviewAnchors(IReviewStore store, IOpLog opLog, IOptions<ReviewOptions> options, ILogger<ReviewAnchors> logger) : IEditListener, IStatementMemory
{
    private readonly ConcurrentDictionary<Guid, AnchorSet> sets = new();

    private int PersistEvery => options.Value.PersistAnchorsEvery;

    /// <inheritdoc />
    /// <remarks>
    /// Called in version order, one group at a time, after the op is durable; no longer under the statement's gate,
    /// but WithHeadAsync waits for it before running, so that work there sees the anchors at the head.
    /// </remarks>
    public async ValueTask OnCommittedAsync(CommittedOp op)
    {
        // A statement first edited here starts with no anchors known; its stored ones are loaded (and caught up
        // from the op log) with the first batch, so that none lags more than a batch behind.
        var set = sets.GetOrAdd(op.StatementId, _ => new AnchorSet(op.Version - 1));
        set.Apply(op);
        if (set.InStep && set.UnsavedOps >= PersistEvery)
        {
            await CompleteAndPersistAsync(op.StatementId, set, CancellationToken.None);
        }
    }

    /// <inheritdoc />
    public bool IsIdle(Guid statementId) => true;

    /// <inheritdoc />
    /// <remarks>
    /// Called while no op of the statement commits in this process. Anchor moves not written yet are written now, so
    /// that loading them later replays nothing; a set out of step is left: loading recomputes it from the op log.
    /// </remarks>
    public async ValueTask<bool> SaveAsync(Guid statementId, CancellationToken cancellationToken)
    {
        if (!sets.TryGetValue(statementId, out var set) || !set.InStep || set.UnsavedOps == 0)
        {
            return true;
        }
        await CompleteAndPersistAsync(statementId, set, cancellationToken);
        return set.UnsavedOps == 0;
    }

    /// <inheritdoc />
    public void Forget(Guid statementId) => sets.TryRemove(statementId, out _);

    private async Task CompleteAndPersistAsync(Guid statementId, AnchorSet set, CancellationToken cancellationToken)
    {
        if (!set.Complete)
        {
            var threads = await store.ListThreadsAsync(statementId, cancellationToken);
            var suggestions = await store.ListSuggestionsAsync(statementId, cancellationToken);
            await AddMissingAsync(set, threads, suggestions, from => opLog.ReadOpsAsync(statementId, from, set.Version, cancellationToken), cancellationToken);
            set.Complete = true;
        }
        await PersistAsync(statementId, set, cancellationToken);
    }

    /// <summary>
    /// The current anchors of <paramref name="threads"/> and <paramref name="suggestions"/> (as just read from the
    /// store) at <paramref name="head"/>'s version. Call only inside <see cref="DraftEditor.WithHeadAsync{T}"/>.
    /// Decided suggestions keep their stored anchor and stop moving.
    /// </summary>
    internal async Task<IReadOnlyDictionary<AnchorKey, Anchor>> SyncLockedAsync(
        HeadView head, IReadOnlyList<CommentThread> threads, IReadOnlyList<Suggestion> suggestions, CancellationToken cancellationToken)
    {
        if (threads.Any(t => t.AnchorVersion > head.Version) || suggestions.Any(s => s.AnchorVersion > head.Version))
        {
            // Another process committed (and stored anchors) after this one read its head: catch up first.
            await head.CatchUpAsync(cancellationToken);
        }
        var set = sets.GetOrAdd(head.StatementId, _ => new AnchorSet(head.Version));
        if (!set.InStep || set.Version != head.Version)
        {
            set = new AnchorSet(head.Version);
            sets[head.StatementId] = set;
        }
        await AddMissingAsync(set, threads, suggestions, from => head.OpsAfterAsync(from, cancellationToken), cancellationToken);
        var current = new Dictionary<AnchorKey, Anchor>();
        foreach (var thread in threads)
        {
            var key = new AnchorKey(ReviewItemKind.Thread, thread.Id);
            current[key] = set.TryGet(key, out var anchor) ? anchor : thread.Anchor;
        }
        foreach (var suggestion in suggestions)
        {
            var key = new AnchorKey(ReviewItemKind.Suggestion, suggestion.Id);
            if (suggestion.State != SuggestionState.Open)
            {
                set.Remove(key);
            }
            current[key] = set.TryGet(key, out var anchor) ? anchor : suggestion.Anchor;
        }
        if (set.UnsavedOps >= PersistEvery)
        {
            await PersistAsync(head.StatementId, set, cancellationToken);
        }
        return current;
    }

    /// <summary>Starts tracking a new item's anchor, made at the head version. Call only inside <see cref="DraftEditor.WithHeadAsync{T}"/>.</summary>
    internal void AddLocked(HeadView head, ReviewItemKind kind, Guid id, Anchor anchor)
    {
        if (sets.TryGetValue(head.StatementId, out var set) && set.InStep && set.Version == head.Version)
        {
            set.Set(new AnchorKey(kind, id), anchor);
        }
    }

    /// <summary>
    /// Adds to <paramref name="set"/> the anchors it does not hold yet (threads, open suggestions), each moved from its
    /// stored version to the set's by the ops <paramref name="opsAfter"/> gives. Anchors stored at a later version
    /// than the set's (moved by a process further ahead) are left for when this process has caught up.
    /// </summary>
    private async Task AddMissingAsync(
        AnchorSet set, IReadOnlyList<CommentThread> threads, IReadOnlyList<Suggestion> suggestions,
        Func<long, Task<IReadOnlyList<CommittedOp>>> opsAfter, CancellationToken cancellationToken)
    {
        var missing = threads.Select(t => (Key: new AnchorKey(ReviewItemKind.Thread, t.Id), t.Anchor, t.AnchorVersion))
            .Concat(suggestions.Where(s => s.State == SuggestionState.Open)
                .Select(s => (Key: new AnchorKey(ReviewItemKind.Suggestion, s.Id), s.Anchor, s.AnchorVersion)))
            .Where(m => !set.TryGet(m.Key, out _) && m.AnchorVersion <= set.Version)
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }
        cancellationToken.ThrowIfCancellationRequested();
        var ops = await opsAfter(missing.Min(m => m.AnchorVersion));
        foreach (var (key, anchor, version) in missing)
        {
            var moved = anchor;
            foreach (var op in ops.Where(o => o.Version > version))
            {
                moved = moved.Transform(op.Op);
            }
            set.Set(key, moved);
        }
        if (missing.Any(m => set.Version - m.AnchorVersion >= PersistEvery))
        {
            set.UnsavedOps = Math.Max(set.UnsavedOps, PersistEvery);
        }
    }

    private async Task PersistAsync(Guid statementId, AnchorSet set, CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveAnchorsAsync(statementId, set.Version, set.Moves(), cancellationToken);
            set.UnsavedOps = 0;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The op log still holds every move; the next load recomputes them and the next batch tries again.
            Log.AnchorsNotSaved(logger, statementId, set.Version, e);
        }
    }
}
