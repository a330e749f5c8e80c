using CoDraft.Client.Transport;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;

namespace CoDraft.Client.Sessions;

/// <summary>
/// One client's live copy of a statement, kept in step with the server in the manner of ShareDB's client: local
/// edits apply at once and go out as one op in flight plus a pending op that gathers the edits typed meanwhile;
/// committed ops arrive in version order and are transformed past those local edits; the echo of the op in flight
/// is its acknowledgement. After a reconnect the session joins again, catches up from its version and resends the
/// op in flight with the same (clientId, seq), which the server commits at most once.
/// <para>
/// Thread-safe. Events are raised under the session's lock, in version order, with the text already changed;
/// handlers should be quick and may read the session.
/// </para>
/// </summary>
public sealed partial class DraftSession : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly IDraftTransport transport;
    private readonly DraftSessionOptions options;
    private LiveText text = new(string.Empty);
    private long version;
    private bool started;
    private bool detached;
    private Exception? fault;

    private DraftSession(IDraftTransport transport, Guid statementId, DraftSessionOptions options)
    {
        this.transport = transport;
        this.options = options;
        StatementId = statementId;
        ClientId = options.ClientId ?? Guid.NewGuid().ToString("N");
        lastCommit = Task.FromResult(0L);
    }

    /// <summary>Joins <paramref name="statementId"/> over <paramref name="transport"/> and returns the session holding its text.</summary>
    /// <exception cref="DraftHubError">The hub refused, e.g. <c>statement.not_found</c>.</exception>
    public static async Task<DraftSession> JoinAsync(
        IDraftTransport transport, Guid statementId, DraftSessionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transport);
        var session = new DraftSession(transport, statementId, options ?? new DraftSessionOptions());
        session.Subscribe();
        try
        {
            var result = await transport.JoinAsync(statementId, cancellationToken).ConfigureAwait(false);
            lock (session.gate)
            {
                session.text = new LiveText(result.Text);
                session.version = result.Version;
                session.AddParticipantsLocked(result.Participants);
                session.started = true;
                session.joined = true;
                session.DrainHeldLocked();
            }
        }
        catch
        {
            session.Unsubscribe();
            throw;
        }
        session.Pump();
        return session;
    }

    /// <summary>The statement being edited.</summary>
    public Guid StatementId { get; }

    /// <summary>The id this session's submissions carry.</summary>
    public string ClientId { get; }

    /// <summary>The local text: the server's text at <see cref="Version"/> with the local edits not yet confirmed.</summary>
    public string Text
    {
        get
        {
            lock (gate)
            {
                return text.ToString();
            }
        }
    }

    /// <summary>The last server version applied locally.</summary>
    public long Version
    {
        get
        {
            lock (gate)
            {
                return version;
            }
        }
    }

    /// <summary>True while local edits wait for the server (an op in flight or pending).</summary>
    public bool HasUnconfirmedEdits
    {
        get
        {
            lock (gate)
            {
                return inflight is not null || pending is not null;
            }
        }
    }

    /// <summary>Why the session stopped, when the hub refused one of its ops; it then accepts no more edits.</summary>
    public Exception? Fault
    {
        get
        {
            lock (gate)
            {
                return fault;
            }
        }
    }

    /// <summary>Someone else's change was applied to the local text.</summary>
    public event EventHandler<RemoteChange>? RemoteChanged;

    /// <summary>A participant joined, left, or moved their cursor.</summary>
    public event EventHandler? ParticipantsChanged;

    /// <summary>Completes once every local edit made so far is committed (nothing in flight or pending).</summary>
    /// <exception cref="DraftHubError">The hub refused one of the session's ops.</exception>
    public Task WaitForIdleAsync(CancellationToken cancellationToken = default)
    {
        Task<long> last;
        lock (gate)
        {
            last = lastCommit;
        }
        return last.WaitAsync(cancellationToken);
    }

    /// <summary>Leaves the statement; edits still unconfirmed are abandoned (wait for idle first to keep them).</summary>
    public async Task LeaveAsync(CancellationToken cancellationToken = default)
    {
        if (Detach())
        {
            await transport.LeaveAsync(StatementId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Leaves the statement if the connection still allows it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!Detach())
        {
            return;
        }
        try
        {
            await transport.LeaveAsync(StatementId).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The server forgets a closed connection's statements by itself.
        }
    }

    private bool Detach()
    {
        lock (gate)
        {
            if (detached)
            {
                return false;
            }
            detached = true;
            CancelWaitersLocked();
        }
        Unsubscribe();
        return true;
    }

    private void Subscribe()
    {
        transport.OpCommitted += OnOpCommitted;
        transport.PresenceChanged += OnPresenceChanged;
        transport.PresenceLeft += OnPresenceLeft;
        transport.Connected += OnConnected;
        transport.Disconnected += OnDisconnected;
    }

    private void Unsubscribe()
    {
        transport.OpCommitted -= OnOpCommitted;
        transport.PresenceChanged -= OnPresenceChanged;
        transport.PresenceLeft -= OnPresenceLeft;
        transport.Connected -= OnConnected;
        transport.Disconnected -= OnDisconnected;
    }
}
