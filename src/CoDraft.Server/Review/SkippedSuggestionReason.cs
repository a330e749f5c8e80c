namespace CoDraft.Server.Review;

/// <summary>A suggestion left open by accept-all or the preview, and why: "edited_since" or "overlaps" (an earlier one).</summary>
public sealed record SkippedSuggestionReason(Guid Id, string Reason);
