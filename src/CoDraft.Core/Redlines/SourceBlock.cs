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

    /// <summary>Most blocks hold no whitespace but single spaces, so their key is their text, not a copy.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string CollapseWhitespace(string text)
    {
        var collapsed = text.Length <= MaxStackKeyLength ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
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
        return collapsed[..length].SequenceEqual(text) ? text : new string(collapsed[..length]);
    }

    /// <summary>Keys of blocks up to this long (4 KB of stack) are built on the stack; longer ones, rare, on the heap.</summary>
    private const int MaxStackKeyLength = 2_048;
}
