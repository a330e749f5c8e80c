using CoDraft.Core.Review;
using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// Comment threads and suggestions, one document each. Anchor moves are one unordered bulk write per collection,
/// each update guarded by the anchor's stored version (<see cref="ReviewAnchorDocuments"/>).
/// </summary>
public sealed class MongoReviewStore(MongoStoreContext context) : IReviewStore
{
    /// <inheritdoc />
    public async Task AddThreadAsync(CommentThread thread, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (thread.Replies.Count != 0)
        {
            throw new ArgumentException("A new thread has no replies yet.", nameof(thread));
        }
        await InsertReviewItemAsync(context.Threads, thread.StatementId, thread.Id, CommentThreadDocuments.ToBson(thread), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CommentThread?> FindThreadAsync(Guid statementId, Guid threadId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Threads.Find(CommentThreadDocuments.ById(statementId, threadId)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : CommentThreadDocuments.FromBson(found);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CommentThread>> ListThreadsAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Threads.Find(CommentThreadDocuments.OfStatement(statementId))
            .Sort(CommentThreadDocuments.OldestFirst)
            .ToListAsync(cancellationToken);
        return found.Select(CommentThreadDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> AddReplyAsync(Guid statementId, Guid threadId, CommentReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        context.ThrowIfDisposed();
        var result = await context.Threads.UpdateOneAsync(
            CommentThreadDocuments.ById(statementId, threadId), CommentThreadDocuments.Push(reply), cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    /// <inheritdoc />
    public async Task<bool> SetThreadStatusAsync(
        Guid statementId, Guid threadId, ThreadStatus status, Guid by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var result = await context.Threads.UpdateOneAsync(
            CommentThreadDocuments.NotIn(statementId, threadId, status),
            CommentThreadDocuments.SetStatus(status, by, at),
            cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    /// <inheritdoc />
    public async Task AddSuggestionAsync(Suggestion suggestion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        await InsertReviewItemAsync(context.Suggestions, suggestion.StatementId, suggestion.Id, SuggestionDocuments.ToBson(suggestion), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Suggestion?> FindSuggestionAsync(Guid statementId, Guid suggestionId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Suggestions.Find(SuggestionDocuments.ById(statementId, suggestionId)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : SuggestionDocuments.FromBson(found);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Suggestion>> ListSuggestionsAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Suggestions.Find(SuggestionDocuments.OfStatement(statementId))
            .Sort(SuggestionDocuments.OldestFirst)
            .ToListAsync(cancellationToken);
        return found.Select(SuggestionDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Guid>> DecideSuggestionsAsync(
        Guid statementId, IReadOnlyList<SuggestionDecision> decisions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        context.ThrowIfDisposed();
        if (decisions.Any(d => d.State == SuggestionState.Open))
        {
            throw new ArgumentException("A decision accepts, rejects or supersedes a suggestion.", nameof(decisions));
        }
        var decided = new List<Guid>();
        foreach (var decision in decisions)
        {
            var result = await context.Suggestions.UpdateOneAsync(
                SuggestionDocuments.StillOpen(statementId, decision.SuggestionId), SuggestionDocuments.Decide(decision),
                cancellationToken: cancellationToken);
            if (result.MatchedCount == 1)
            {
                decided.Add(decision.SuggestionId);
            }
        }
        return decided;
    }

    /// <inheritdoc />
    public async Task SaveAnchorsAsync(Guid statementId, long version, IReadOnlyList<AnchorMove> moves, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(moves);
        context.ThrowIfDisposed();
        foreach (var group in moves.GroupBy(m => m.Kind))
        {
            var writes = group
                .Select(m => new UpdateOneModel<BsonDocument>(
                    ReviewAnchorDocuments.OlderThan(statementId, m.ItemId, version), ReviewAnchorDocuments.MoveTo(m.Anchor, version)))
                .ToList();
            var collection = group.Key == ReviewItemKind.Thread ? context.Threads : context.Suggestions;
            await collection.BulkWriteAsync(writes, new BulkWriteOptions { IsOrdered = false }, cancellationToken);
        }
    }



    private async Task InsertReviewItemAsync(
        IMongoCollection<BsonDocument> collection, Guid statementId, Guid id, BsonDocument document, CancellationToken cancellationToken)
    {
        context.ThrowIfDisposed();
        _ = await context.FindHeadAsync(statementId, cancellationToken) ?? throw MongoStoreContext.UnknownStatement(statementId);
        try
        {
            await collection.InsertOneAsync(document, cancellationToken: cancellationToken);
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            throw new StoreException(StoreException.DuplicateReviewItem, $"A comment thread or suggestion {id} already exists.");
        }
    }
}
