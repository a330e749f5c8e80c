namespace CoDraft.Core.Review;

/// <summary>A lead's decision on an open suggestion; <see cref="AppliedVersion"/> is set for an accepted one.</summary>
public sealed record SuggestionDecision(Guid SuggestionId, SuggestionState State, Guid DecidedBy, DateTimeOffset DecidedAt, long? AppliedVersion);
