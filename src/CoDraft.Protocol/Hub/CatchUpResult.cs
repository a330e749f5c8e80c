namespace CoDraft.Protocol.Hub;

/// <summary>The ops committed after a version, and the current version.</summary>
public sealed record CatchUpResult(Guid StatementId, long Version, IReadOnlyList<OpMessage> Ops);
