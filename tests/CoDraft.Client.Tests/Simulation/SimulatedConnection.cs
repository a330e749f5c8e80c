using CoDraft.Client.Transport;
using CoDraft.Protocol.Hub;

namespace CoDraft.Client.Tests.Simulation;

/// <summary>
/// One client's connection to a <see cref="SimulatedServer"/>, as a FIFO each way like a SignalR connection:
/// calls travel up and run at the server when delivered; replies and broadcasts travel down in the order the server
/// sent them. Nothing moves until a test delivers it, so a seeded test controls every interleaving. Replies complete
/// their tasks inline, so the session under test runs deterministically on the test's thread.
/// </summary>
public sealed class SimulatedConnection(SimulatedServer server, string name) : IDraftTransport
{
    private readonly Queue<Action> upstream = new();
    private readonly Queue<Action> downstream = new();
    private readonly List<Action<Exception>> outstanding = [];
    private int generation;

    public string Id => $"{name}#{generation}";

    public bool IsUp { get; private set; } = true;

    public int Waiting => upstream.Count + downstream.Count;

    public event Action<OpMessage>? OpCommitted;

    public event Action<PresenceMessage>? PresenceChanged;

    public event Action<PresenceLeftMessage>? PresenceLeft;

    public event Action? Connected;

    public event Action? Disconnected;

    public Task<JoinResult> JoinAsync(Guid statementId, CancellationToken cancellationToken = default) => Call("Join", () => server.Join(this));

    public Task LeaveAsync(Guid statementId, CancellationToken cancellationToken = default) => Call("Leave", () =>
    {
        server.Leave(this);
        return true;
    });

    public Task<SubmitResult> SubmitAsync(SubmitRequest request, CancellationToken cancellationToken = default) => Call("Submit", () => server.Submit(this, request));

    public Task<CatchUpResult> CatchUpAsync(Guid statementId, long version, CancellationToken cancellationToken = default) =>
        Call("CatchUp", () => server.CatchUp(this, version));

    public Task UpdatePresenceAsync(PresenceUpdate update, CancellationToken cancellationToken = default) => Call("UpdatePresence", () =>
    {
        server.UpdatePresence(this, update);
        return true;
    });

    /// <summary>Runs the oldest call at the server; false when none is on its way.</summary>
    public bool DeliverUp()
    {
        if (!upstream.TryDequeue(out var call))
        {
            return false;
        }
        call();
        return true;
    }

    /// <summary>Hands the oldest reply or message to the client; false when none is on its way.</summary>
    public bool DeliverDown()
    {
        if (!downstream.TryDequeue(out var delivery))
        {
            return false;
        }
        delivery();
        return true;
    }

    /// <summary>Delivers both ways until nothing is left on this connection.</summary>
    public void Settle()
    {
        while (DeliverUp() || DeliverDown())
        {
        }
    }

    /// <summary>
    /// Loses the connection: each call on its way either reached the server (its reply is lost) or did not, as
    /// <paramref name="random"/> decides; everything on its way down is lost; calls still waiting fail.
    /// </summary>
    public void Drop(Random random)
    {
        while (upstream.TryDequeue(out var call))
        {
            if (random.Next(2) == 0)
            {
                call();
            }
        }
        downstream.Clear();
        IsUp = false;
        server.Disconnected(this);
        foreach (var fail in outstanding.ToList())
        {
            fail(new IOException("The connection was lost."));
        }
        outstanding.Clear();
        Disconnected?.Invoke();
    }

    /// <summary>A new connection is up (the server knows nothing of the old one).</summary>
    public void Reconnect()
    {
        generation++;
        IsUp = true;
        Connected?.Invoke();
    }

    internal void Deliver(OpMessage message) => downstream.Enqueue(() => OpCommitted?.Invoke(message));

    internal void Deliver(PresenceMessage message) => downstream.Enqueue(() => PresenceChanged?.Invoke(message));

    internal void Deliver(PresenceLeftMessage message) => downstream.Enqueue(() => PresenceLeft?.Invoke(message));

    /// <summary>Hands a message to the client at once, ahead of anything on its way (to test ordering).</summary>
    public void Push(OpMessage message) => OpCommitted?.Invoke(message);

    /// <summary>Hands a presence message to the client at once, ahead of anything on its way.</summary>
    public void Push(PresenceMessage message) => PresenceChanged?.Invoke(message);

    /// <summary>The hub methods called on this connection, in order.</summary>
    public List<string> Calls { get; } = [];

    private Task<T> Call<T>(string method, Func<T> atServer)
    {
        Calls.Add(method);
        var reply = new TaskCompletionSource<T>();
        if (!IsUp)
        {
            reply.SetException(new InvalidOperationException("The connection is not active."));
            return reply.Task;
        }
        Action<Exception> fail = e => reply.TrySetException(e);
        outstanding.Add(fail);
        upstream.Enqueue(() =>
        {
            Action answer;
            try
            {
                var result = atServer();
                answer = () => reply.TrySetResult(result);
            }
            catch (DraftHubError e)
            {
                answer = () => reply.TrySetException(e);
            }
            downstream.Enqueue(() =>
            {
                outstanding.Remove(fail);
                answer();
            });
        });
        return reply.Task;
    }
}
