using CoDraft.Server.Apis.Contracts;

namespace CoDraft.Server.Hubs;

/// <summary>A comment thread changed: <paramref name="Change"/> is "created", "replied", "resolved" or "reopened".</summary>
public sealed record CommentMessage(Guid StatementId, string Change, ThreadView Thread);

/// <summary>A suggestion changed: <paramref name="Change"/> is "created", "accepted", "rejected" or "superseded".</summary>
public sealed record SuggestionMessage(Guid StatementId, string Change, SuggestionView Suggestion);
