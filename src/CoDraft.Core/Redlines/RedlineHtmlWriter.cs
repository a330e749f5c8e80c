using System.Text;

namespace CoDraft.Core.Redlines;

/// <summary>Writes redline blocks as the HTML fragment described on <see cref="Redline"/>.</summary>
internal static class RedlineHtmlWriter
{
    public static string Write(IReadOnlyList<RedlineBlock> blocks)
    {
        var html = new StringBuilder();
        foreach (var block in blocks)
        {
            if (html.Length > 0)
            {
                html.Append('\n');
            }
            WriteBlock(block, html);
        }
        return html.ToString();
    }

    private static void WriteBlock(RedlineBlock block, StringBuilder html)
    {
        var (wrapper, wrapperClass) = block.Change switch
        {
            RedlineChange.Added => ("ins", "rl-ins rl-block-added"),
            RedlineChange.Removed => ("del", "rl-del rl-block-removed"),
            _ => (null, null),
        };
        if (wrapper is not null)
        {
            html.Append('<').Append(wrapper).Append(" class=\"").Append(wrapperClass).Append("\">");
        }
        html.Append("<div class=\"rl-block ").Append(ChangeClass(block.Change)).Append(' ').Append(KindClass(block.Kind)).Append("\">");
        if (block.Change == RedlineChange.Changed)
        {
            foreach (var segment in block.Segments)
            {
                WriteSegment(segment, html);
            }
        }
        else
        {
            AppendEscaped(block.After ?? block.Before ?? "", html);
        }
        html.Append("</div>");
        if (wrapper is not null)
        {
            html.Append("</").Append(wrapper).Append('>');
        }
    }

    private static void WriteSegment(RedlineSegment segment, StringBuilder html)
    {
        var tag = segment.Kind switch
        {
            RedlineSegmentKind.Inserted => "ins",
            RedlineSegmentKind.Deleted => "del",
            _ => null,
        };
        if (tag is null)
        {
            AppendEscaped(segment.Text, html);
            return;
        }
        html.Append('<').Append(tag).Append(" class=\"rl-").Append(tag).Append("\">");
        AppendEscaped(segment.Text, html);
        html.Append("</").Append(tag).Append('>');
    }

    private static string ChangeClass(RedlineChange change) => change switch
    {
        RedlineChange.Unchanged => "rl-unchanged",
        RedlineChange.Added => "rl-added",
        RedlineChange.Removed => "rl-removed",
        RedlineChange.Changed => "rl-changed",
        RedlineChange.Moved => "rl-moved",
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
    };

    private static string KindClass(RedlineBlockKind kind) => kind switch
    {
        RedlineBlockKind.Heading => "rl-heading",
        RedlineBlockKind.Paragraph => "rl-paragraph",
        RedlineBlockKind.ListItem => "rl-list-item",
        RedlineBlockKind.Quote => "rl-quote",
        RedlineBlockKind.Code => "rl-code",
        RedlineBlockKind.ThematicBreak => "rl-thematic-break",
        RedlineBlockKind.Table => "rl-table",
        RedlineBlockKind.Html => "rl-html",
        RedlineBlockKind.Other => "rl-other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// Escapes the five characters that matter in HTML text and attribute values; everything else, emoji and CJK
    /// included, is written as it is so the fragment stays readable.
    /// </summary>
    private static void AppendEscaped(string text, StringBuilder html)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }
    }
}
