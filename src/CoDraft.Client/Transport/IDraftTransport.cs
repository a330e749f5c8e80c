using CoDraft.Protocol.Hub;

namespace CoDraft.Client.Transport;

/// <summary>
/// The calls and messages of <c>/hubs/draft</c>, as a <see cref="Sessions.DraftSession"/> needs them. Calls refused by
/// the server throw <see cref="DraftHubError"/>; any other exception means the connection failed and
/// <see cref="Connected"/> follows once a new one is up. Messages are raised one at a time, in the order the
/// server sent them.
/// </summary>
public interface IDraftTransport
{
    /// <summary>An op was committed in a statement this connection joined (ops sent together are raised one by one).</summary>
    event Action<OpMessage>? OpCommitted;

    /// <summary>A participant of a joined statement moved their cursor, or joined.</summary>
    event Action<PresenceMessage>? PresenceChanged;

    /// <summary>A participant of a joined statement left.</summary>
    event Action<PresenceLeftMessage>? PresenceLeft;

    /// <summary>A new connection is up (after a reconnect or a restart); the server knows nothing it joined before.</summary>
    event Action? Connected;

    /// <summary>The connection was lost; messages stop until <see cref="Connected"/>.</summary>
    event Action? Disconnected;

    /// <summary>Joins a statement: its text, version and participants.</summary>
    Task<JoinResult> JoinAsync(Guid statementId, CancellationToken cancellationToken = default);

    /// <summary>Leaves a statement.</summary>
    Task LeaveAsync(Guid statementId, CancellationToken cancellationToken = default);

    /// <summary>Submits an op; its echo in the op stream is the acknowledgement.</summary>
    Task<SubmitResult> SubmitAsync(SubmitRequest request, CancellationToken cancellationToken = default);

    /// <summary>The ops committed after <paramref name="version"/>.</summary>
    Task<CatchUpResult> CatchUpAsync(Guid statementId, long version, CancellationToken cancellationToken = default);

    /// <summary>Shares the caller's cursor or selection.</summary>
    Task UpdatePresenceAsync(PresenceUpdate update, CancellationToken cancellationToken = default);
}
