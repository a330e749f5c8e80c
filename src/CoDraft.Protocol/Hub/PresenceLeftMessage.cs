namespace CoDraft.Protocol.Hub;

/// <summary>A participant left the statement or was disconnected.</summary>
public sealed record PresenceLeftMessage(Guid StatementId, string ConnectionId);
