namespace CoDraft.Protocol.Hub;

/// <summary>Where one participant is in the text, as of <paramref name="Version"/>.</summary>
public sealed record PresenceMessage(
    Guid StatementId, string ConnectionId, string PersonId, string Name, string Organisation, PresenceSelection? Selection, long Version);
