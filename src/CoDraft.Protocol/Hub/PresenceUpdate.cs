namespace CoDraft.Protocol.Hub;

/// <summary>The caller's selection (null to hide it) as of <paramref name="Version"/>, the version the caller has.</summary>
public sealed record PresenceUpdate(Guid StatementId, long Version, PresenceSelection? Selection);
