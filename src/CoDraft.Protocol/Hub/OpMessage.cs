using CoDraft.Core.Text;

namespace CoDraft.Protocol.Hub;

/// <summary>A committed op, sent to every participant in version order (the submitter included: that echo is its ack).</summary>
public sealed record OpMessage(Guid StatementId, long Version, TextOp Op, string ClientId, long Seq, string Author);
