using CoDraft.Protocol.Rest;

namespace CoDraft.Protocol.Hub;

/// <summary>A suggestion changed: <paramref name="Change"/> is "created", "accepted", "rejected" or "superseded".</summary>
public sealed record SuggestionMessage(Guid StatementId, string Change, SuggestionView Suggestion);
