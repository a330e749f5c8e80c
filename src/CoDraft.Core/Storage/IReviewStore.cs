using CoDraft.Core.Review;

namespace CoDraft.Core.Storage;

/// <summary>
/// Comment threads and suggestions of each statement. Anchors are stored with the version they are at; they are
/// moved in batches (<see cref="SaveAnchorsAsync"/>), never one write per op, and a reader brings a stored anchor up
/// to date from the op log. Every change is a single atomic write.
/// </summary>
public interface IReviewStore
{
    /// <summary>Stores a new thread (its <see cref="CommentThread.Replies"/> must be empty).</summary>
    /// <exception cref="StoreException"><see cref="StoreException.UnknownStatement"/>, or <see cref="StoreException.DuplicateReviewItem"/> when the id is taken.</exception>
    Task AddThreadAsync(CommentThread thread, CancellationToken cancellationToken = default);

    /// <summary>The thread with its replies in the order they were added, or null.</summary>
    Task<CommentThread?> FindThreadAsync(Guid statementId, Guid threadId, CancellationToken cancellationToken = default);

    /// <summary>Every thread of the statement with its replies, oldest first.</summary>
    Task<IReadOnlyList<CommentThread>> ListThreadsAsync(Guid statementId, CancellationToken cancellationToken = default);

    /// <summary>Adds a reply to the end of a thread; false, writing nothing, when there is no such thread.</summary>
    Task<bool> AddReplyAsync(Guid statementId, Guid threadId, CommentReply reply, CancellationToken cancellationToken = default);

    /// <summary>
    /// Resolves or reopens a thread, recording who and when; false, writing nothing, when there is no such thread or
    /// it already has <paramref name="status"/> (so that of two people resolving at once, one is told it was done).
    /// </summary>
    Task<bool> SetThreadStatusAsync(Guid statementId, Guid threadId, ThreadStatus status, Guid by, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Stores a new suggestion (in state <see cref="SuggestionState.Open"/>).</summary>
    /// <exception cref="StoreException"><see cref="StoreException.UnknownStatement"/>, or <see cref="StoreException.DuplicateReviewItem"/> when the id is taken.</exception>
    Task AddSuggestionAsync(Suggestion suggestion, CancellationToken cancellationToken = default);

    /// <summary>The suggestion, or null.</summary>
    Task<Suggestion?> FindSuggestionAsync(Guid statementId, Guid suggestionId, CancellationToken cancellationToken = default);

    /// <summary>Every suggestion of the statement, oldest first.</summary>
    Task<IReadOnlyList<Suggestion>> ListSuggestionsAsync(Guid statementId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records decisions on suggestions that are still open; each decision is atomic on its own (a decision on a
    /// suggestion that is missing or no longer open is skipped, so that of two leads deciding at once only one
    /// counts). Returns the ids actually decided.
    /// </summary>
    Task<IReadOnlyList<Guid>> DecideSuggestionsAsync(Guid statementId, IReadOnlyList<SuggestionDecision> decisions, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves anchors to <paramref name="version"/> in one write. A stored anchor already at <paramref name="version"/>
    /// or later is left as it is, so that two processes moving the same anchors cannot move one back.
    /// </summary>
    Task SaveAnchorsAsync(Guid statementId, long version, IReadOnlyList<AnchorMove> moves, CancellationToken cancellationToken = default);
}
