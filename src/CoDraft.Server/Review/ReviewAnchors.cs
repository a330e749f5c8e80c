using System.Collections.Concurrent;
using CoDraft.Core.Review;
using CoDraft.Core.Storage;
using CoDraft.Server.Editing;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Review;

/// <summary>
/// Moves every anchor of a statement by every committed op. Anchors of a statement whose review items have been
/// looked at are kept in memory and moved there (a few position transforms per op, no write); they are written
/// back in one batched write every <see cref="ReviewOptions.PersistAnchorsEvery"/> ops. A stored anchor carries the
/// version it is at, and <see cref="SyncLockedAsync"/> brings it up to date from the op log, so an anchor move that
/// was not written yet is recomputed after a restart, never lost. See docs/comments.md.
/// </summary>
public sealed class ReviewAnchors(IDraftStore store, IOptions<ReviewOptions> options, ILogger<ReviewAnchors> logger) : IEditListener
{
    private readonly ConcurrentDictionary<Guid, AnchorSet> sets = new();

    /// <inheritdoc />
    public async ValueTask OnCommittedAsync(CommittedOp op)
    {
        if (!sets.TryGetValue(op.StatementId, out var set))
        {
            return;
        }
        set.Apply(op);
        if (set.InStep && set.UnsavedOps >= options.Value.PersistAnchorsEvery)
        {
            await PersistAsync(op.StatementId, set, CancellationToken.None);
        }
    }

    /// <summary>
    /// The current anchors of <paramref name="threads"/> and <paramref name="suggestions"/> (as just read from the
    /// store) at <paramref name="head"/>'s version. Call only inside <see cref="DraftEditor.WithHeadAsync{T}"/>.
    /// Decided suggestions keep their stored anchor and stop moving.
    /// </summary>
    internal async Task<IReadOnlyDictionary<AnchorKey, Anchor>> SyncLockedAsync(
        HeadView head, IReadOnlyList<CommentThread> threads, IReadOnlyList<Suggestion> suggestions, CancellationToken cancellationToken)
    {
        var set = sets.GetOrAdd(head.StatementId, _ => new AnchorSet(head.Version));
        if (!set.InStep || set.Version != head.Version)
        {
            set = new AnchorSet(head.Version);
            sets[head.StatementId] = set;
        }
        var stored = threads.Select(t => (Key: new AnchorKey(ReviewItemKind.Thread, t.Id), t.Anchor, t.AnchorVersion))
            .Concat(suggestions.Select(s => (Key: new AnchorKey(ReviewItemKind.Suggestion, s.Id), s.Anchor, s.AnchorVersion)))
            .ToList();
        var decided = suggestions.Where(s => s.State != SuggestionState.Open).Select(s => s.Id).ToHashSet();
        var missing = new List<(AnchorKey Key, Anchor Anchor, long AnchorVersion)>();
        var current = new Dictionary<AnchorKey, Anchor>();
        foreach (var (key, anchor, version) in stored)
        {
            if (key.Kind == ReviewItemKind.Suggestion && decided.Contains(key.Id))
            {
                set.Remove(key);
                current[key] = anchor;
            }
            else if (set.TryGet(key, out var known))
            {
                current[key] = known;
            }
            else
            {
                missing.Add((key, anchor, version));
            }
        }
        if (missing.Count > 0)
        {
            var ops = await head.OpsAfterAsync(missing.Min(m => m.AnchorVersion), cancellationToken);
            foreach (var (key, anchor, version) in missing)
            {
                var moved = anchor;
                foreach (var op in ops.Where(o => o.Version > version))
                {
                    moved = moved.Transform(op.Op);
                }
                set.Set(key, moved);
                current[key] = moved;
            }
            if (missing.Any(m => head.Version - m.AnchorVersion >= options.Value.PersistAnchorsEvery))
            {
                set.UnsavedOps = Math.Max(set.UnsavedOps, options.Value.PersistAnchorsEvery);
            }
        }
        if (set.UnsavedOps >= options.Value.PersistAnchorsEvery)
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

    private async Task PersistAsync(Guid statementId, AnchorSet set, CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveAnchorsAsync(statementId, set.Version, set.Moves(), cancellationToken);
            set.UnsavedOps = 0;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The op log still holds every move; the next read recomputes them and the next batch tries again.
            Log.AnchorsNotSaved(logger, statementId, set.Version, e);
        }
    }
}
