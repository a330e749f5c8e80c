using CoDraft.Protocol.Hub;
using CoDraft.Server.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace CoDraft.Server.SignOff;

/// <summary>
/// Tells a statement's live participants of lifecycle and sign-off changes. A change is stored before it is sent,
/// and a failed send is logged, never undoing it: clients that miss one read the state again on reconnect.
/// </summary>
public sealed class SignOffBroadcaster(IHubContext<DraftHub, IDraftClient> hub, ILogger<SignOffBroadcaster> logger)
{
    /// <summary>Sends a lifecycle change.</summary>
    public Task LifecycleChangedAsync(LifecycleMessage message) =>
        SendAsync(message.StatementId, group => group.LifecycleChanged(message));

    /// <summary>Sends a round opened or a candidate issued.</summary>
    public Task RoundChangedAsync(RoundMessage message) =>
        SendAsync(message.StatementId, group => group.RoundChanged(message));

    /// <summary>Sends a decision.</summary>
    public Task DecisionMadeAsync(DecisionMessage message) =>
        SendAsync(message.StatementId, group => group.DecisionMade(message));

    private async Task SendAsync(Guid statementId, Func<IDraftClient, Task> send)
    {
        try
        {
            await send(hub.Clients.Group(DraftHub.GroupName(statementId)));
        }
        catch (Exception e)
        {
            SignOffLog.BroadcastFailed(logger, statementId, e);
        }
    }
}
