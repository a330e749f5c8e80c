namespace CoDraft.Server.Hubs;

/// <summary>Ops of one statement committed together, oldest first (the broadcast of a group commit).</summary>
public sealed record OpBatchMessage(Guid StatementId, IReadOnlyList<OpMessage> Ops);
