namespace CoDraft.Core.Redlines;

/// <summary>A run of Markdown source text inside a changed block, with what happened to it.</summary>
/// <param name="Kind">Kept, inserted or deleted.</param>
/// <param name="Text">The source text of the run, whitespace included.</param>
public sealed record RedlineSegment(RedlineSegmentKind Kind, string Text);
