using CoDraft.Protocol.Rest;

namespace CoDraft.Protocol.Hub;

/// <summary>A comment thread changed: <paramref name="Change"/> is "created", "replied", "resolved" or "reopened".</summary>
public sealed record CommentMessage(Guid StatementId, string Change, ThreadView Thread);
