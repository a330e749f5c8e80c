using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace CoDraft.Core.Redlines;

/// <summary>Writes redline blocks as the HTML fragment described on <see cref="Redline"/>.</summary>
internal static class RedlineHtmlWriter
{
    /// <summary>Room for one block's tags and classes, so the builder is sized once for a whole redline.</summary>
    private const int MarkupPerBlock = 96;

    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>\"'");

    public static string Write(IReadOnlyList<RedlineBlock> blocks)
    {
        var html = new StringBuilder(EstimatedLength(blocks));
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

    private static int EstimatedLength(IReadOnlyList<RedlineBlock> blocks)
    {
        var length = 0L;
        foreach (var block in blocks)
        {
            length += MarkupPerBlock + (block.After ?? block.Before ?? "").Length;
            foreach (var segment in block.Segments)
            {
                length += segment.Text.Length;
            }
        }
        return (int)Math.Min(length, Array.MaxLength / 2);
    }

    /// <summary>
    /// Escapes the five characters that matter in HTML text and attribute values; everything else, emoji and CJK
    /// included, is written as it is so the fragment stays readable.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AppendEscaped(string text, StringBuilder html)
    {
        var rest = text.AsSpan();
        for (var next = rest.IndexOfAny(Escaped); next >= 0; next = rest.IndexOfAny(Escaped))
        {
            html.Append(rest[..next]).Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(next + 1)..];
        }
        html.Append(rest);
    }
}
