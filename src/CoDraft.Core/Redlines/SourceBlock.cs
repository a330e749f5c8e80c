using System.Buffers;
using System.Runtime.CompilerServices;

namespace CoDraft.Core.Redlines;

/// <summary>A Markdown block of one text, with the key it is aligned by.</summary>
/// <param name="Kind">The Markdown construct.</param>
/// <param name="Text">The block's source, without surrounding blank lines and trailing whitespace.</param>
internal sealed record SourceBlock(RedlineBlockKind Kind, string Text)
{
    /// <summary>
    /// The source with every run of whitespace made one space, so that reflowed lines, trailing spaces and double
    /// spaces do not make a block differ; and, for an ordered list item, without its number, which shifts for every
    /// item below one that is inserted or removed.
    /// </summary>
    public string Key { get; } = CollapseWhitespace(Kind == RedlineBlockKind.ListItem ? WithoutItemNumber(Text) : Text);

    /// <summary>An ordered list item's source without its number (<c>2. text</c> gives <c>. text</c>).</summary>
    public static string WithoutItemNumber(string text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        return digits > 0 && digits < text.Length && text[digits] is '.' or ')' ? text[digits..] : text;
    }

    /// <summary>
    /// Most blocks hold no whitespace but single spaces, so their key is their text, not a copy. The text up to the
    /// first whitespace that is not a single space between two other characters is found by vectorised searches and
    /// copied as it is; only the rest goes character by character.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string CollapseWhitespace(string text)
    {
        var kept = KeptAsIs(text);
        if (kept == text.Length)
        {
            return text;
        }
        var collapsed = text.Length <= MaxStackKeyLength ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan(0, kept).CopyTo(collapsed);
        var length = kept;
        var pendingSpace = false;
        foreach (var c in text.AsSpan(kept))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
            {
                collapsed[length++] = ' ';
                pendingSpace = false;
            }
            collapsed[length++] = c;
        }
        return new string(collapsed[..length]);
    }

    /// <summary>
    /// How long a start of <paramref name="text"/> is its own collapsed form: it neither starts nor ends with
    /// whitespace, and holds no whitespace but single spaces.
    /// </summary>
    private static int KeptAsIs(string text)
    {
        var span = text.AsSpan();
        var odd = span.IndexOfAny(OtherWhitespace);
        var end = odd < 0 ? span.Length : odd;
        var doubleSpace = span[..end].IndexOf("  ");
        if (doubleSpace >= 0)
        {
            end = doubleSpace;
        }
        else if (end == span.Length && end > 0 && span[end - 1] == ' ')
        {
            end--;
        }
        // A single space just before the stop belongs to the run of whitespace there.
        while (end > 0 && span[end - 1] == ' ')
        {
            end--;
        }
        return end > 0 && span[0] == ' ' ? 0 : end;
    }

    /// <summary>Every whitespace character but the plain space.</summary>
    private static readonly SearchValues<char> OtherWhitespace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) && c != ' ').ToArray());

    /// <summary>Keys of blocks up to this long (4 KB of stack) are built on the stack; longer ones, rare, on the heap.</summary>
    private const int MaxStackKeyLength = 2_048;
}
