using CoDraft.Core.Text;

namespace CoDraft.Server.Editing;

/// <summary>An op a client wants committed: made on <paramref name="BaseVersion"/>, identified by (clientId, seq).</summary>
public sealed record Submission(Guid StatementId, long BaseVersion, string ClientId, long Seq, TextOp Op, string Author);
