using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace CoDraft.Core.Redlines;

/// <summary>
/// Splits Markdown into the blocks a redline aligns, using Markdig's source spans: headings, paragraphs, each list
/// item (without its nested lists, whose items are blocks of their own), whole quotes, code blocks, thematic
/// breaks, whole tables and HTML blocks. Source that no such block covers (link reference definitions, say)
/// becomes <see cref="RedlineBlockKind.Other"/> blocks split at blank lines, so no text is ever left out.
/// </summary>
internal static class MarkdownBlockSplitter
{
    internal static readonly MarkdownPipeline Pipeline = BlocksOnlyPipeline();

    /// <summary>The blocks of <paramref name="markdown"/> (with <c>\n</c> line ends), in source order.</summary>
    public static List<SourceBlock> Split(string markdown)
    {
        var spans = new List<BlockSpan>();
        Collect(Markdig.Markdown.Parse(markdown, Pipeline), spans);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));

        var blocks = new List<SourceBlock>();
        var covered = 0;
        foreach (var span in spans)
        {
            var start = Math.Max(span.Start, covered);
            var end = Math.Min(span.End, markdown.Length);
            if (start >= end)
            {
                continue;
            }
            AddUncovered(markdown, covered, start, blocks);
            AddBlock(span.Kind, markdown, start, end, blocks);
            covered = end;
        }
        AddUncovered(markdown, covered, markdown.Length, blocks);
        return blocks;
    }

    /// <summary>
    /// Only block spans are read, so inline parsing, most of Markdig's work, is skipped as each block closes; but a
    /// pipe table is found by an inline parser, so a block with a <c>|</c> in it keeps its inline pass.
    /// </summary>
    private static MarkdownPipeline BlocksOnlyPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables();
        foreach (var parser in builder.BlockParsers)
        {
            parser.Closed += SkipInlinesUnlessTable;
        }
        return builder.Build();
    }

    private static void SkipInlinesUnlessTable(BlockProcessor processor, Block block)
    {
        if (block is LeafBlock { ProcessInlines: true } leaf && !HasPipe(leaf.Lines))
        {
            leaf.ProcessInlines = false;
        }
    }

    private static bool HasPipe(StringLineGroup lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines.Lines[i].Slice.AsSpan().Contains('|'))
            {
                return true;
            }
        }
        return false;
    }

    private static void Collect(ContainerBlock container, List<BlockSpan> spans)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        CollectListItem(item, spans);
                    }
                    break;
                case LinkReferenceDefinitionGroup or BlankLineBlock:
                    // Markdig gives a definition group no usable span; its text is picked up as uncovered source.
                    break;
                default:
                    spans.Add(new BlockSpan(block.Span.Start, block.Span.End + 1, KindOf(block)));
                    break;
            }
        }
    }

    /// <summary>
    /// An item's own text runs from its marker to its first nested list; text of the item after a nested list is
    /// another list-item block.
    /// </summary>
    private static void CollectListItem(ListItemBlock item, List<BlockSpan> spans)
    {
        int? ownStart = item.Span.Start;
        var ownEnd = item.Count == 0 ? item.Span.End + 1 : item.Span.Start;
        foreach (var child in item)
        {
            if (child is ListBlock nested)
            {
                AddListItemSpan(ownStart, ownEnd, spans);
                foreach (var nestedItem in nested.OfType<ListItemBlock>())
                {
                    CollectListItem(nestedItem, spans);
                }
                ownStart = null;
            }
            else if (child is not BlankLineBlock)
            {
                ownStart ??= child.Span.Start;
                ownEnd = Math.Max(ownEnd, child.Span.End + 1);
            }
        }
        AddListItemSpan(ownStart, ownEnd, spans);
    }

    private static void AddListItemSpan(int? start, int end, List<BlockSpan> spans)
    {
        if (start is { } s && end > s)
        {
            spans.Add(new BlockSpan(s, end, RedlineBlockKind.ListItem));
        }
    }

    private static RedlineBlockKind KindOf(Block block) => block switch
    {
        HeadingBlock => RedlineBlockKind.Heading,
        ParagraphBlock => RedlineBlockKind.Paragraph,
        QuoteBlock => RedlineBlockKind.Quote,
        CodeBlock => RedlineBlockKind.Code,
        ThematicBreakBlock => RedlineBlockKind.ThematicBreak,
        Table => RedlineBlockKind.Table,
        HtmlBlock => RedlineBlockKind.Html,
        _ => RedlineBlockKind.Other,
    };

    private static void AddUncovered(string markdown, int start, int end, List<SourceBlock> blocks)
    {
        var chunkStart = start;
        var lineStart = start;
        while (lineStart < end)
        {
            var newline = markdown.IndexOf('\n', lineStart, end - lineStart);
            var lineEnd = newline < 0 ? end : newline + 1;
            if (markdown.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace())
            {
                AddBlock(RedlineBlockKind.Other, markdown, chunkStart, lineStart, blocks);
                chunkStart = lineEnd;
            }
            lineStart = lineEnd;
        }
        AddBlock(RedlineBlockKind.Other, markdown, chunkStart, end, blocks);
    }

    private static void AddBlock(RedlineBlockKind kind, string markdown, int start, int end, List<SourceBlock> blocks)
    {
        var source = markdown.AsSpan(start, end - start).TrimEnd();
        var firstLine = LeadingBlankLinesLength(source);
        if (firstLine < source.Length)
        {
            blocks.Add(new SourceBlock(kind, markdown.Substring(start + firstLine, source.Length - firstLine)));
        }
    }

    private static int LeadingBlankLinesLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        for (var i = 0; i < text.Length && char.IsWhiteSpace(text[i]); i++)
        {
            if (text[i] == '\n')
            {
                length = i + 1;
            }
        }
        return length;
    }

    private readonly record struct BlockSpan(int Start, int End, RedlineBlockKind Kind);
}
