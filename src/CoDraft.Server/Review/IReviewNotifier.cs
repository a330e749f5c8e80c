using CoDraft.Core.Review;

namespace CoDraft.Server.Review;

/// <summary>
/// Tells a statement's participants of comment and suggestion changes, already stored when it is called. The hub
/// implements it (Hubs/ReviewBroadcaster), so that review does not depend on how the news travels.
/// </summary>
public interface IReviewNotifier
{
    /// <summary>A thread changed: <paramref name="change"/> is "created", "replied", "resolved" or "reopened".</summary>
    Task CommentChangedAsync(string change, CommentThread thread);

    /// <summary>A suggestion changed: <paramref name="change"/> is "created", "accepted", "rejected" or "superseded".</summary>
    Task SuggestionChangedAsync(string change, ReviewedSuggestion suggestion);
}
