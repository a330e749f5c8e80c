using CoDraft.Core.Text;

namespace CoDraft.Core.Review;

/// <summary>
/// Where a comment or suggestion is attached: the range [<see cref="Start"/>, <see cref="End"/>) in code points of
/// the current text, and the <see cref="Quote"/> it had when it was made. Every committed op moves the range
/// (<see cref="Transform"/>); when all of its text is deleted the anchor becomes orphaned and keeps its quote,
/// so the comment still says what it was about.
/// </summary>
public sealed record Anchor(int Start, int End, string Quote, bool Orphaned)
{
    /// <summary>An anchor on [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty, reversed or outside the text.</exception>
    public static Anchor On(string text, int start, int end)
    {
        var length = CodePoints.Count(text);
        if (start < 0 || end <= start || end > length)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"The range [{start}, {end}) is not a non-empty range of a text of {length} code points.");
        }
        var from = CodePoints.ToUtf16Index(text, start);
        var to = CodePoints.ToUtf16Index(text, end);
        return new Anchor(start, end, text[from..to], Orphaned: false);
    }

    /// <summary>
    /// The anchor after <paramref name="op"/>. Text typed at either edge stays outside the range; text typed inside
    /// joins it. An anchor whose whole range is deleted is orphaned from then on and no longer moves.
    /// </summary>
    public Anchor Transform(TextOp op)
    {
        if (Orphaned)
        {
            return this;
        }
        var start = TextType.TransformPosition(Start, op, PositionBias.After);
        var end = TextType.TransformPosition(End, op, PositionBias.Before);
        return end <= start
            ? this with { Start = start, End = start, Orphaned = true }
            : this with { Start = start, End = end };
    }

    /// <summary>True when the range still holds exactly the quoted text in <paramref name="text"/>.</summary>
    public bool StillQuotes(string text)
    {
        if (Orphaned)
        {
            return false;
        }
        var from = CodePoints.ToUtf16Index(text, Start);
        var to = CodePoints.ToUtf16Index(text, End);
        return text.AsSpan(from, to - from).SequenceEqual(Quote);
    }
}
