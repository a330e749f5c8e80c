using CoDraft.Protocol.Hub;
using CoDraft.Protocol.Rest;
using Microsoft.AspNetCore.SignalR;

namespace CoDraft.Server.Hubs;

/// <summary>
/// Tells a statement's participants of comment and suggestion changes. The change is already stored when this runs,
/// so a failed broadcast is logged, not reported to the caller (clients see it on their next list).
/// </summary>
public sealed class ReviewBroadcaster(IHubContext<DraftHub, IDraftClient> hub, ILogger<ReviewBroadcaster> logger)
{
    /// <summary>Broadcasts a thread change.</summary>
    public async Task CommentAsync(string change, ThreadView thread)
    {
        try
        {
            await hub.Clients.Group(DraftHub.GroupName(thread.StatementId)).CommentChanged(new CommentMessage(thread.StatementId, change, thread));
        }
        catch (Exception e)
        {
            Review.Log.BroadcastFailed(logger, thread.StatementId, change, e);
        }
    }

    /// <summary>Broadcasts a suggestion change.</summary>
    public async Task SuggestionAsync(string change, SuggestionView suggestion)
    {
        try
        {
            await hub.Clients.Group(DraftHub.GroupName(suggestion.StatementId)).SuggestionChanged(new SuggestionMessage(suggestion.StatementId, change, suggestion));
        }
        catch (Exception e)
        {
            Review.Log.BroadcastFailed(logger, suggestion.StatementId, change, e);
        }
    }
}
