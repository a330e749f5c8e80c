namespace CoDraft.Server.Review;

/// <summary>The text at <paramref name="Version"/> with every applicable open suggestion accepted, as Markdown and as sanitised HTML.</summary>
public sealed record SuggestionsApplied(long Version, string Text, string Html, IReadOnlyList<Guid> Applied, IReadOnlyList<SkippedSuggestionReason> Skipped);
