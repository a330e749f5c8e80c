using CoDraft.Core.Storage;
using CoDraft.Protocol.Hub;
using CoDraft.Server.Editing;
using Microsoft.AspNetCore.SignalR;

namespace CoDraft.Server.Hubs;

/// <summary>
/// Sends every committed op to the statement's participants, whichever path committed it. The ops of one group
/// commit go out as one <see cref="IDraftClient.OpsCommitted"/> message: with many typists on one statement that is
/// one message per connection per disk flush instead of one per op.
/// </summary>
public sealed class HubBroadcaster(IHubContext<DraftHub, IDraftClient> hub) : ICommitGroupListener
{
    /// <summary>Most ops in one message, so that a long catch-up of another process's ops stays a few modest messages.</summary>
    public const int MaxOpsPerMessage = 256;

    /// <inheritdoc />
    public async ValueTask OnCommittedAsync(CommittedOp op) =>
        await hub.Clients.Group(DraftHub.GroupName(op.StatementId)).OpCommitted(Message(op));

    /// <inheritdoc />
    public async ValueTask OnCommittedGroupAsync(IReadOnlyList<CommittedOp> ops)
    {
        if (ops.Count == 1)
        {
            await OnCommittedAsync(ops[0]);
            return;
        }
        var group = hub.Clients.Group(DraftHub.GroupName(ops[0].StatementId));
        for (var start = 0; start < ops.Count; start += MaxOpsPerMessage)
        {
            var batch = new OpMessage[Math.Min(MaxOpsPerMessage, ops.Count - start)];
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i] = Message(ops[start + i]);
            }
            await group.OpsCommitted(new OpBatchMessage(ops[0].StatementId, batch));
        }
    }

    private static OpMessage Message(CommittedOp op) => new(op.StatementId, op.Version, op.Op, op.ClientId, op.Seq, op.Author);
}
