using CoDraft.Core.Text;

namespace CoDraft.Protocol.Hub;

/// <summary>An op made on <paramref name="BaseVersion"/>, identified by (<paramref name="ClientId"/>, <paramref name="Seq"/>).</summary>
public sealed record SubmitRequest(Guid StatementId, long BaseVersion, string ClientId, long Seq, TextOp Op);
