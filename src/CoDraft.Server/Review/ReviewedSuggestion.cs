using CoDraft.Core.Review;

namespace CoDraft.Server.Review;

/// <summary>
/// A suggestion as the service reports it: open ones anchored at the head, and <paramref name="EditedSince"/> true for
/// an open one whose passage no longer reads as its quote (it cannot be accepted as it stands).
/// </summary>
public sealed record ReviewedSuggestion(Suggestion Suggestion, bool EditedSince);
