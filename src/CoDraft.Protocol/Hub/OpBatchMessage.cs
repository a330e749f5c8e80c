namespace CoDraft.Protocol.Hub;

/// <summary>Ops of one statement committed together, oldest first; each is taken as its own <see cref="OpMessage"/>.</summary>
public sealed record OpBatchMessage(Guid StatementId, IReadOnlyList<OpMessage> Ops);
