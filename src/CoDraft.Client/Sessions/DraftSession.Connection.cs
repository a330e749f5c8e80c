using CoDraft.Client.Transport;
using CoDraft.Core.Errors;
using CoDraft.Protocol.Hub;

namespace CoDraft.Client.Sessions;

public sealed partial class DraftSession
{
    // Counts connections, so that work begun on a lost one is not mistaken for work on the current one.
    private long connection;
    private bool rejoining;
    private bool catchingUp;

    /// <summary>Starts whatever the state calls for: the next submission, or a catch-up to fill a gap.</summary>
    private void Pump()
    {
        InFlightOp? sending = null;
        SubmitRequest? request = null;
        long? catchUpFrom = null;
        lock (gate)
        {
            if (!joined || rejoining || detached || fault is not null)
            {
                return;
            }
            PromoteLocked();
            if (inflight is { } op && op.SentOnConnection != connection)
            {
                op.SentOnConnection = connection;
                sending = op;
                request = new SubmitRequest(StatementId, version, ClientId, op.Seq, op.Op);
            }
            if (ahead.Count > 0 && !catchingUp)
            {
                catchingUp = true;
                catchUpFrom = version;
            }
        }
        if (sending is not null)
        {
            _ = SendAsync(sending, request!);
        }
        if (catchUpFrom is { } from)
        {
            _ = CatchUpAsync(from);
        }
    }

    private async Task SendAsync(InFlightOp op, SubmitRequest request)
    {
        try
        {
            var reply = await transport.SubmitAsync(request).ConfigureAwait(false);
            lock (gate)
            {
                if (inflight == op)
                {
                    op.ReplyVersion = reply.Version;
                    if (reply.Version <= version)
                    {
                        inflight = null;
                        Complete(op.Waiters, reply.Version);
                    }
                }
            }
        }
        catch (DraftHubError e) when (e.Code is ErrorCodes.RateLimited or ErrorCodes.StoreContention)
        {
            // Nothing was committed; the same (clientId, seq) goes again after a pause.
            await Task.Delay(options.RateLimitBackoff).ConfigureAwait(false);
            lock (gate)
            {
                if (inflight == op)
                {
                    op.SentOnConnection = null;
                }
            }
        }
        catch (DraftHubError e)
        {
            Fail(e);
        }
        catch (Exception e) when (IsConnectionFailure(e))
        {
            // The connection is gone; the rejoin after the next one resends this op.
        }
        Pump();
    }

    private async Task CatchUpAsync(long from)
    {
        try
        {
            var missed = await transport.CatchUpAsync(StatementId, from).ConfigureAwait(false);
            lock (gate)
            {
                catchingUp = false;
                foreach (var message in missed.Ops)
                {
                    ReceiveLocked(message);
                }
            }
        }
        catch (DraftHubError e)
        {
            Fail(e);
        }
        catch (Exception e) when (IsConnectionFailure(e))
        {
            // The rejoin after the next connection catches up.
        }
        Pump();
    }

    private void OnConnected()
    {
        long current;
        lock (gate)
        {
            if (!started || detached)
            {
                return;
            }
            current = ++connection;
            joined = false;
            rejoining = true;
            others.Clear();
        }
        _ = RejoinAsync(current);
    }

    private void OnDisconnected()
    {
        lock (gate)
        {
            joined = false;
        }
    }

    /// <summary>Join again (the server forgot this connection's group), catch up, then resend what was in flight.</summary>
    private async Task RejoinAsync(long current)
    {
        PresenceUpdate? presence = null;
        try
        {
            var result = await transport.JoinAsync(StatementId).ConfigureAwait(false);
            long from;
            lock (gate)
            {
                if (current != connection)
                {
                    return;
                }
                AddParticipantsLocked(result.Participants);
                joined = true;
                DrainHeldLocked();
                from = version;
            }
            var missed = await transport.CatchUpAsync(StatementId, from).ConfigureAwait(false);
            lock (gate)
            {
                if (current != connection)
                {
                    return;
                }
                foreach (var message in missed.Ops)
                {
                    ReceiveLocked(message);
                }
                rejoining = false;
                catchingUp = false;
                if (localSelection is not null)
                {
                    presence = PresenceUpdateLocked();
                }
                ParticipantsChanged?.Invoke(this, EventArgs.Empty);
            }
            Pump();
            if (presence is not null)
            {
                await transport.UpdatePresenceAsync(presence).ConfigureAwait(false);
            }
        }
        catch (DraftHubError e)
        {
            Fail(e);
        }
        catch (Exception e) when (IsConnectionFailure(e))
        {
            // The next connection tries again.
        }
    }

    private void Fail(Exception error)
    {
        lock (gate)
        {
            FailLocked(error);
        }
    }

    private void FailLocked(Exception error)
    {
        if (fault is not null)
        {
            return;
        }
        fault = error;
        foreach (var waiter in (inflight?.Waiters ?? []).Concat(pendingWaiters))
        {
            waiter.TrySetException(error);
        }
    }

    // What a lost connection throws: SignalR's "not active" and "connection closed" errors, and I/O and cancellation.
    private static bool IsConnectionFailure(Exception e) =>
        e is InvalidOperationException or IOException or OperationCanceledException or System.Net.WebSockets.WebSocketException
            or System.Net.Http.HttpRequestException;
}
