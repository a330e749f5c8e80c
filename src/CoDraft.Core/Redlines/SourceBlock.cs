using System.Text;

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

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
