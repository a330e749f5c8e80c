using CoDraft.Core.Review;
using CoDraft.Protocol.Hub;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Apis.Contracts;
using CoDraft.Server.Review;
using Microsoft.AspNetCore.SignalR;

namespace CoDraft.Server.Hubs;

/// <summary>
/// Tells a statement's participants of comment and suggestion changes. The change is already stored when this runs,
/// so a failed broadcast is logged, not reported to the caller (clients see it on their next list).
/// </summary>
public sealed class ReviewBroadcaster(IHubContext<DraftHub, IDraftClient> hub, ILogger<ReviewBroadcaster> logger) : IReviewNotifier
{
    /// <inheritdoc />
    public async Task CommentChangedAsync(string change, CommentThread thread)
    {
        try
        {
            await hub.Clients.Group(DraftHub.GroupName(thread.StatementId)).CommentChanged(new CommentMessage(thread.StatementId, change, ReviewViews.Thread(thread)));
        }
        catch (Exception e)
        {
            Review.Log.BroadcastFailed(logger, thread.StatementId, change, e);
        }
    }

    /// <inheritdoc />
    public async Task SuggestionChangedAsync(string change, ReviewedSuggestion suggestion)
    {
        var s = suggestion.Suggestion;
        try
        {
            await hub.Clients.Group(DraftHub.GroupName(s.StatementId))
                .SuggestionChanged(new SuggestionMessage(s.StatementId, change, ReviewViews.Suggestion(s, suggestion.EditedSince)));
        }
        catch (Exception e)
        {
            Review.Log.BroadcastFailed(logger, s.StatementId, change, e);
        }
    }
}
