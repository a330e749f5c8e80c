using CoDraft.Core.Storage;
using CoDraft.Server.Editing;
using Microsoft.AspNetCore.SignalR;

namespace CoDraft.Server.Hubs;

/// <summary>Sends every committed op to the statement's participants, whichever path committed it.</summary>
public sealed class HubBroadcaster(IHubContext<DraftHub, IDraftClient> hub) : IEditListener
{
    /// <inheritdoc />
    public async ValueTask OnCommittedAsync(CommittedOp op) =>
        await hub.Clients.Group(DraftHub.GroupName(op.StatementId)).OpCommitted(
            new OpMessage(op.StatementId, op.Version, op.Op, op.ClientId, op.Seq, op.Author));
}
