using System.Text.Json.Serialization;
using CoDraft.Protocol.Hub;
using CoDraft.Protocol.Rest;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CoDraft.Client.Transport;

/// <summary>
/// A typed client of <c>/hubs/draft</c> over a SignalR <see cref="HubConnection"/> that reconnects by itself.
/// Refusals arrive as <see cref="DraftHubError"/> with their stable code. One client can serve sessions on
/// several statements.
/// </summary>
public sealed class DraftHubClient : IDraftTransport, IAsyncDisposable
{
    /// <summary>The path the hub is mapped at on a CoDraft server.</summary>
    public const string HubPath = "/hubs/draft";

    private bool startedBefore;

    /// <summary>
    /// Wraps a connection built by the caller (who chooses its reconnect policy and options; a JSON connection that
    /// calls <see cref="NameRevisionAsync"/> needs a <see cref="JsonStringEnumConverter"/>, as <see cref="Create"/> adds).
    /// </summary>
    public DraftHubClient(HubConnection connection)
    {
        Connection = connection ?? throw new ArgumentNullException(nameof(connection));
        // Handlers by the names of IDraftClient's methods: a message renamed in CoDraft.Protocol renames them too.
        Connection.On<OpMessage>(nameof(IDraftClient.OpCommitted), m => OpCommitted?.Invoke(m));
        Connection.On<OpBatchMessage>(nameof(IDraftClient.OpsCommitted), batch =>
        {
            foreach (var m in batch.Ops)
            {
                OpCommitted?.Invoke(m);
            }
        });
        Connection.On<PresenceMessage>(nameof(IDraftClient.PresenceChanged), m => PresenceChanged?.Invoke(m));
        Connection.On<PresenceLeftMessage>(nameof(IDraftClient.PresenceLeft), m => PresenceLeft?.Invoke(m));
        Connection.Reconnecting += _ =>
        {
            Disconnected?.Invoke();
            return Task.CompletedTask;
        };
        Connection.Reconnected += _ =>
        {
            Connected?.Invoke();
            return Task.CompletedTask;
        };
        Connection.Closed += _ =>
        {
            Disconnected?.Invoke();
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// A client of the CoDraft server at <paramref name="serverUrl"/> that keeps reconnecting after a network loss.
    /// <paramref name="configure"/> sets connection options (e.g. an access token provider). Call <see cref="StartAsync"/> next.
    /// </summary>
    public static DraftHubClient Create(Uri serverUrl, Action<HttpConnectionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(serverUrl);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(serverUrl, HubPath), options => configure?.Invoke(options))
            // Enums by name, as the server writes them (a revision's kind in NameRevision's answer).
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .WithAutomaticReconnect(new KeepTryingRetryPolicy())
            .Build();
        return new DraftHubClient(connection);
    }

    /// <summary>The underlying connection.</summary>
    public HubConnection Connection { get; }

    /// <inheritdoc />
    public event Action<OpMessage>? OpCommitted;

    /// <inheritdoc />
    public event Action<PresenceMessage>? PresenceChanged;

    /// <inheritdoc />
    public event Action<PresenceLeftMessage>? PresenceLeft;

    /// <inheritdoc />
    public event Action? Connected;

    /// <inheritdoc />
    public event Action? Disconnected;

    /// <summary>Opens the connection; after a stop, opening it again raises <see cref="Connected"/> so sessions rejoin.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await Connection.StartAsync(cancellationToken).ConfigureAwait(false);
        if (startedBefore)
        {
            Connected?.Invoke();
        }
        startedBefore = true;
    }

    /// <summary>Closes the connection; sessions keep their local edits until it is started again.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => Connection.StopAsync(cancellationToken);

    /// <inheritdoc />
    public Task<JoinResult> JoinAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        Calls(cancellationToken).Join(statementId);

    /// <inheritdoc />
    public Task LeaveAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        Calls(cancellationToken).Leave(statementId);

    /// <inheritdoc />
    public Task<SubmitResult> SubmitAsync(SubmitRequest request, CancellationToken cancellationToken = default) =>
        Calls(cancellationToken).Submit(request);

    /// <inheritdoc />
    public Task<CatchUpResult> CatchUpAsync(Guid statementId, long version, CancellationToken cancellationToken = default) =>
        Calls(cancellationToken).CatchUp(statementId, version);

    /// <inheritdoc />
    public Task UpdatePresenceAsync(PresenceUpdate update, CancellationToken cancellationToken = default) =>
        Calls(cancellationToken).UpdatePresence(update);

    /// <summary>Names the statement's current version, e.g. "Draft 2 for partners".</summary>
    public Task<RevisionView> NameRevisionAsync(Guid statementId, string label, CancellationToken cancellationToken = default) =>
        Calls(cancellationToken).NameRevision(statementId, label);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    private DraftHubCalls Calls(CancellationToken cancellationToken) => new(Connection, cancellationToken);
}
