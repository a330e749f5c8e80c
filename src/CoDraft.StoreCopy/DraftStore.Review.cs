using CoDraft.Core.Review;

namespace CoDraft.StoreCopy;

/// <summary>The calls of review: comment threads, suggestions and their anchors.</summary>
public abstract partial class DraftStore
{
    /// <inheritdoc />
    public Task AddThreadAsync(CommentThread thread, CancellationToken cancellationToken = default) =>
        review.AddThreadAsync(thread, cancellationToken);

    /// <inheritdoc />
    public Task<CommentThread?> FindThreadAsync(Guid statementId, Guid threadId, CancellationToken cancellationToken = default) =>
        review.FindThreadAsync(statementId, threadId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CommentThread>> ListThreadsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        review.ListThreadsAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddReplyAsync(Guid statementId, Guid threadId, CommentReply reply, CancellationToken cancellationToken = default) =>
        review.AddReplyAsync(statementId, threadId, reply, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetThreadStatusAsync(Guid statementId, Guid threadId, ThreadStatus status, Guid by, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        review.SetThreadStatusAsync(statementId, threadId, status, by, at, cancellationToken);

    /// <inheritdoc />
    public Task AddSuggestionAsync(Suggestion suggestion, CancellationToken cancellationToken = default) =>
        review.AddSuggestionAsync(suggestion, cancellationToken);

    /// <inheritdoc />
    public Task<Suggestion?> FindSuggestionAsync(Guid statementId, Guid suggestionId, CancellationToken cancellationToken = default) =>
        review.FindSuggestionAsync(statementId, suggestionId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Suggestion>> ListSuggestionsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        review.ListSuggestionsAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Guid>> DecideSuggestionsAsync(Guid statementId, IReadOnlyList<SuggestionDecision> decisions, CancellationToken cancellationToken = default) =>
        review.DecideSuggestionsAsync(statementId, decisions, cancellationToken);

    /// <inheritdoc />
    public Task SaveAnchorsAsync(Guid statementId, long version, IReadOnlyList<AnchorMove> moves, CancellationToken cancellationToken = default) =>
        review.SaveAnchorsAsync(statementId, version, moves, cancellationToken);
}
