namespace CoDraft.Core.Redlines;

/// <summary>A Markdown block of one text, with the key it is aligned by.</summary>
/// <param name="Kind">The Markdown construct.</param>
/// <param name="Text">The block's source, without surrounding blank lines and trailing whitespace.</param>
internal sealed record SourceBlock(RedlineBlockKind Kind, string Text)
{
    /// <summary>
    /// The source with every run of whitespace made one space, so that reflowed lines, trailing spaces and
    /// double spaces do not make a block differ.
    /// </summary>
    public string Key { get; } = CollapseWhitespace(Text);

    private static string CollapseWhitespace(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
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
