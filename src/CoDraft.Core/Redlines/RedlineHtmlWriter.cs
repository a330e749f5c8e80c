using System.Buffers;
using CoDraft.Core.Text;

namespace CoDraft.Core.Redlines;

/// <summary>Writes redline blocks as the HTML fragment described on <see cref="Redline"/>.</summary>
internal static class RedlineHtmlWriter
{
    /// <summary>Room for one block's tags and classes, so the builder is sized once for a whole redline.</summary>
    private const int MarkupPerBlock = 96;

    /// <summary>The longest reference the encoder writes for one character (<c>&amp;#x10FFFF;</c>).</summary>
    private const int MaxReferenceLength = 10;

    public static string Write(IReadOnlyList<RedlineBlock> blocks)
    {
        var html = new HtmlBuffer(EstimatedLength(blocks));
        try
        {
            foreach (var block in blocks)
            {
                if (html.Length > 0)
                {
                    html.Append('\n');
                }
                WriteBlock(block, ref html);
            }
            return html.ToString();
        }
        finally
        {
            html.Dispose();
        }
    }

    private static void WriteBlock(RedlineBlock block, ref HtmlBuffer html)
    {
        var (wrapper, wrapperClass) = block.Change switch
        {
            RedlineChange.Added => ("ins", "rl-ins rl-block-added"),
            RedlineChange.Removed => ("del", "rl-del rl-block-removed"),
            _ => (null, null),
        };
        if (wrapper is not null)
        {
            html.Append('<');
            html.Append(wrapper);
            html.Append(" class=\"");
            html.Append(wrapperClass);
            html.Append("\">");
        }
        html.Append("<div class=\"rl-block ");
        html.Append(ChangeClass(block.Change));
        html.Append(' ');
        html.Append(KindClass(block.Kind));
        html.Append("\">");
        if (block.Change == RedlineChange.Changed)
        {
            foreach (var segment in block.Segments)
            {
                WriteSegment(segment, ref html);
            }
        }
        else
        {
            AppendEscaped(block.After ?? block.Before ?? "", ref html);
        }
        html.Append("</div>");
        if (wrapper is not null)
        {
            html.Append("</");
            html.Append(wrapper);
            html.Append('>');
        }
    }

    private static void WriteSegment(RedlineSegment segment, ref HtmlBuffer html)
    {
        var tag = segment.Kind switch
        {
            RedlineSegmentKind.Inserted => "ins",
            RedlineSegmentKind.Deleted => "del",
            _ => null,
        };
        if (tag is null)
        {
            AppendEscaped(segment.Text, ref html);
            return;
        }
        html.Append('<');
        html.Append(tag);
        html.Append(" class=\"rl-");
        html.Append(tag);
        html.Append("\">");
        AppendEscaped(segment.Text, ref html);
        html.Append("</");
        html.Append(tag);
        html.Append('>');
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
    /// Writes <paramref name="text"/> through the one HTML encoder (<see cref="Html.Encoder"/>), except that a block's
    /// own line breaks are written as they are rather than as <c>&amp;#xA;</c>: a line break means nothing to HTML
    /// markup, and the fragment stays readable line by line (a Markdown table or code block keeps its rows).
    /// </summary>
    private static void AppendEscaped(string text, ref HtmlBuffer html)
    {
        var first = true;
        foreach (var line in text.AsSpan().Split('\n'))
        {
            if (!first)
            {
                html.Append('\n');
            }
            AppendEncoded(text.AsSpan()[line], ref html);
            first = false;
        }
    }

    /// <summary>Encodes straight into the buffer, growing it as often as a long line needs.</summary>
    private static void AppendEncoded(ReadOnlySpan<char> text, ref HtmlBuffer html)
    {
        var rest = text;
        while (true)
        {
            var status = Html.Encoder.Encode(rest, html.Free, out var read, out var written);
            html.Advance(written);
            if (status != OperationStatus.DestinationTooSmall)
            {
                return;
            }
            rest = rest[read..];
            html.Grow(rest.Length + MaxReferenceLength);
        }
    }

    /// <summary>
    /// The fragment in the making, in a pooled array: a redline's HTML runs to hundreds of kilobytes, and a builder of
    /// that size would be a fresh large-object allocation on every redline, besides the string made from it.
    /// </summary>
    private struct HtmlBuffer(int capacity) : IDisposable
    {
        private char[] _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));

        public int Length { get; private set; }

        public void Append(char c)
        {
            if (Length == _chars.Length)
            {
                Grow(1);
            }
            _chars[Length++] = c;
        }

        public void Append(ReadOnlySpan<char> text)
        {
            if (Length + text.Length > _chars.Length)
            {
                Grow(text.Length);
            }
            text.CopyTo(_chars.AsSpan(Length));
            Length += text.Length;
        }

        /// <summary>The room left after the text written so far.</summary>
        public readonly Span<char> Free => _chars.AsSpan(Length);

        /// <summary>Counts <paramref name="written"/> characters put into <see cref="Free"/> as written.</summary>
        public void Advance(int written) => Length += written;

        public override readonly string ToString() => new(_chars, 0, Length);

        public void Dispose()
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = [];
        }

        public void Grow(int more)
        {
            var grown = ArrayPool<char>.Shared.Rent(Math.Max(2 * _chars.Length, Length + more));
            _chars.AsSpan(0, Length).CopyTo(grown);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = grown;
        }
    }
}
