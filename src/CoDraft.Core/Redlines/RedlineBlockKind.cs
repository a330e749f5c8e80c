namespace CoDraft.Core.Redlines;

/// <summary>The Markdown construct a redline block comes from.</summary>
public enum RedlineBlockKind
{
    /// <summary>An ATX (<c># Title</c>) or setext heading.</summary>
    Heading,

    /// <summary>A paragraph.</summary>
    Paragraph,

    /// <summary>One item of a bullet or ordered list, without its nested lists (each nested item is its own block).</summary>
    ListItem,

    /// <summary>A block quote, whole.</summary>
    Quote,

    /// <summary>A fenced or indented code block.</summary>
    Code,

    /// <summary>A thematic break (<c>---</c>).</summary>
    ThematicBreak,

    /// <summary>A pipe table, whole.</summary>
    Table,

    /// <summary>A raw HTML block.</summary>
    Html,

    /// <summary>Anything else, such as a link reference definition.</summary>
    Other,
}
