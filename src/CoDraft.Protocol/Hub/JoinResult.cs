namespace CoDraft.Protocol.Hub;

/// <summary>What joining returns: the current text and version, and who else is there.</summary>
public sealed record JoinResult(Guid StatementId, string Text, long Version, IReadOnlyList<PresenceMessage> Participants);
