namespace CoDraft.Core.Review;

/// <summary>The anchor of one comment thread or suggestion, moved to a later version.</summary>
public sealed record AnchorMove(ReviewItemKind Kind, Guid ItemId, Anchor Anchor);
