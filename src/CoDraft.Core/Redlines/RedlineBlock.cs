namespace CoDraft.Core.Redlines;

/// <summary>One Markdown block of a redline.</summary>
/// <param name="Kind">The Markdown construct; for a changed block, that of the later text.</param>
/// <param name="Change">What happened to the block.</param>
/// <param name="Before">The block's Markdown source in the earlier text; null for an added block.</param>
/// <param name="After">The block's Markdown source in the later text; null for a removed block.</param>
/// <param name="Segments">
/// For a changed block, its source as kept, deleted and inserted runs in reading order (a deleted run comes
/// before the inserted run that replaces it); empty for every other change.
/// </param>
public sealed record RedlineBlock(
    RedlineBlockKind Kind,
    RedlineChange Change,
    string? Before,
    string? After,
    IReadOnlyList<RedlineSegment> Segments);
