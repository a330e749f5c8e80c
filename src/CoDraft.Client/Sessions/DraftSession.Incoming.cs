using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;

namespace CoDraft.Client.Sessions;

public sealed partial class DraftSession
{
    // Messages that came while the connection had not (re)joined yet, in arrival order.
    private readonly List<OpMessage> held = [];
    // Messages beyond the next version, waiting for the gap before them to be filled.
    private readonly SortedDictionary<long, OpMessage> ahead = [];
    private bool joined;

    private void OnOpCommitted(OpMessage message)
    {
        if (message.StatementId != StatementId)
        {
            return;
        }
        lock (gate)
        {
            if (detached)
            {
                return;
            }
            if (!joined)
            {
                held.Add(message);
                return;
            }
            ReceiveLocked(message);
        }
        Pump();
    }

    private void DrainHeldLocked()
    {
        foreach (var message in held)
        {
            ReceiveLocked(message);
        }
        held.Clear();
    }

    /// <summary>Takes messages strictly in version order: older ones are done, later ones wait for the gap.</summary>
    private void ReceiveLocked(OpMessage message)
    {
        if (fault is not null || message.Version <= version)
        {
            return;
        }
        if (message.Version > version + 1)
        {
            ahead[message.Version] = message;
            return;
        }
        ApplyLocked(message);
        while (fault is null && ahead.Remove(version + 1, out var next))
        {
            ApplyLocked(next);
        }
    }

    private void ApplyLocked(OpMessage message)
    {
        if (inflight is { } mine && message.ClientId == ClientId && message.Seq == mine.Seq)
        {
            version = message.Version;
            MoveParticipantsLocked(message.Op, message.Version);
            inflight = null;
            Complete(mine.Waiters, message.Version);
            return;
        }
        TextOp local;
        try
        {
            local = message.Op;
            if (inflight is { } flying)
            {
                var past = TextType.Transform(local, flying.Op, TransformSide.Left);
                flying.Op = TextType.Transform(flying.Op, local, TransformSide.Right);
                local = past;
            }
            if (pending is { } waiting)
            {
                var past = TextType.Transform(local, waiting, TransformSide.Left);
                pending = TextType.Transform(waiting, local, TransformSide.Right);
                local = past;
            }
            text.Apply(local);
        }
        catch (InvalidOpException e)
        {
            // Only a server and client that disagree about the text get here; editing on would make it worse.
            FailLocked(e);
            return;
        }
        version = message.Version;
        MoveParticipantsLocked(message.Op, message.Version);
        if (localSelection is { } selection)
        {
            localSelection = TextType.TransformSelection(selection, local);
        }
        if (inflight is { ReplyVersion: { } replied } settled && replied <= version)
        {
            inflight = null;
            Complete(settled.Waiters, replied);
        }
        RemoteChanged?.Invoke(this, new RemoteChange(local, message.Version, message.Author, message.ClientId));
    }
}
