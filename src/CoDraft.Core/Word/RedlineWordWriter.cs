using System.Text.RegularExpressions;
using CoDraft.Core.Redlines;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Word;

// CoDraft.Core.Text, a namespace, would otherwise hide Word's text element.
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// Writes a redline's blocks as Word content with tracked changes. A block added or removed is the block, styled,
/// with all of it tracked as inserted or deleted. A changed block of plain words (a paragraph, heading, list item
/// or one-line quote with no inline Markdown) keeps its style and shows the word diff as tracked insertions and
/// deletions; any other changed block shows as its earlier form deleted followed by its later form inserted, so
/// its formatting is right on both sides, except a table with the same header in both, whose rows are tracked
/// (<see cref="TableRowRedline"/>). A moved block is deleted at its old place and inserted at its new one.
/// Unchanged blocks are written as they now read.
/// </summary>
internal sealed partial class RedlineWordWriter(WordBlocks blocks, WordNumbering numbering, TrackedChanges changes)
{
    /// <summary>Characters that carry inline Markdown: a block with any of them is redlined whole, not word by word.</summary>
    private static readonly System.Buffers.SearchValues<char> InlineMarkup = System.Buffers.SearchValues.Create("*_`[]<&\\~^|");

    /// <summary>The Word content of <paramref name="redline"/>, in reading order.</summary>
    /// <param name="redline">The redline's blocks.</param>
    /// <param name="beforeBlocks">The source of the earlier text's blocks in reading order, to find where moved blocks came from.</param>
    /// <param name="levels">The list level of nested list-item blocks of both texts, by their source (<see cref="ListLevels"/>).</param>
    public List<OpenXmlElement> Write(IReadOnlyList<RedlineBlock> redline, IReadOnlyList<string> beforeBlocks, IReadOnlyDictionary<string, int> levels)
    {
        var elements = new List<OpenXmlElement>();
        foreach (var (block, change) in Plan(redline, beforeBlocks))
        {
            var level = levels.GetValueOrDefault(block.After ?? block.Before ?? "");
            switch (change)
            {
                case RedlineChange.Added:
                    elements.AddRange(Marked(block.After!, level, inserted: true));
                    break;
                case RedlineChange.Removed:
                    elements.AddRange(Marked(block.Before!, levels.GetValueOrDefault(block.Before!), inserted: false));
                    break;
                case RedlineChange.Changed when WordDiffParagraph(block, level) is { } paragraph:
                    elements.Add(paragraph);
                    break;
                case RedlineChange.Changed when block.Kind == RedlineBlockKind.Table
                    && TableRowRedline.Write(block.Before!, block.After!, blocks, changes) is { } table:
                    elements.Add(table);
                    break;
                case RedlineChange.Changed:
                    elements.AddRange(Marked(block.Before!, levels.GetValueOrDefault(block.Before!), inserted: false));
                    elements.AddRange(Marked(block.After!, level, inserted: true));
                    break;
                default:
                    elements.AddRange(blocks.Convert(block.After ?? block.Before ?? "", level));
                    break;
            }
        }
        return elements;
    }

    /// <summary>
    /// The blocks to write and how. The redline shows a moved block once, at its new place; rejecting every change
    /// must put it back, so it is written as inserted there and as removed at its old place, found by walking the
    /// earlier text's blocks alongside the redline. Should the walk not match (it always should), moved blocks are
    /// written as they now read.
    /// </summary>
    private static List<(RedlineBlock Block, RedlineChange Change)> Plan(IReadOnlyList<RedlineBlock> redline, IReadOnlyList<string> beforeBlocks)
    {
        var moved = redline.Where(b => b.Change == RedlineChange.Moved).Select(b => b.Before!).ToList();
        if (moved.Count == 0)
        {
            return redline.Select(b => (b, b.Change)).ToList();
        }
        var plan = new List<(RedlineBlock, RedlineChange)>();
        var next = 0;
        void RemoveMovedUpTo(string? expected)
        {
            while (next < beforeBlocks.Count && beforeBlocks[next] != expected && moved.Remove(beforeBlocks[next]))
            {
                plan.Add((new RedlineBlock(RedlineBlockKind.Other, RedlineChange.Removed, beforeBlocks[next], null, []), RedlineChange.Removed));
                next++;
            }
        }
        foreach (var block in redline)
        {
            if (block.Change is RedlineChange.Unchanged or RedlineChange.Changed or RedlineChange.Removed)
            {
                RemoveMovedUpTo(block.Before);
                if (next >= beforeBlocks.Count || beforeBlocks[next] != block.Before)
                {
                    return redline.Select(b => (b, b.Change)).ToList();
                }
                next++;
            }
            plan.Add((block, block.Change == RedlineChange.Moved ? RedlineChange.Added : block.Change));
        }
        RemoveMovedUpTo(null);
        return moved.Count == 0 && next == beforeBlocks.Count ? plan : redline.Select(b => (b, b.Change)).ToList();
    }

    private List<OpenXmlElement> Marked(string markdown, int level, bool inserted)
    {
        var elements = blocks.Convert(markdown, level);
        foreach (var element in elements)
        {
            changes.Mark(element, inserted);
        }
        return elements;
    }

    /// <summary>The changed block as one paragraph with its word diff tracked; null when it is not plain words.</summary>
    private Paragraph? WordDiffParagraph(RedlineBlock block, int level)
    {
        var before = block.Before!;
        var after = block.After!;
        if (block.Kind is not (RedlineBlockKind.Paragraph or RedlineBlockKind.Heading or RedlineBlockKind.ListItem or RedlineBlockKind.Quote)
            || before.AsSpan().ContainsAny(InlineMarkup) || after.AsSpan().ContainsAny(InlineMarkup)
            || before.Contains("++", StringComparison.Ordinal) || after.Contains("++", StringComparison.Ordinal)
            || before.Contains("==", StringComparison.Ordinal) || after.Contains("==", StringComparison.Ordinal)
            || (block.Kind != RedlineBlockKind.Paragraph && (before.Contains('\n') || after.Contains('\n'))))
        {
            return null;
        }
        var prefix = Prefix(block.Kind, after);
        if (prefix is null || Prefix(block.Kind, before) != prefix)
        {
            return null;
        }
        var paragraph = new Paragraph();
        if (Properties(block.Kind, prefix, level) is { } properties)
        {
            paragraph.Append(properties);
        }
        var unmarked = WithoutPrefix(block.Segments, prefix.Length);
        var segments = unmarked is null ? null : SegmentRealigner.Realign(unmarked, before[prefix.Length..], after[prefix.Length..]);
        if (segments is null)
        {
            return null;
        }
        foreach (var segment in segments)
        {
            AppendSegment(paragraph, segment.Kind, segment.Text);
        }
        return paragraph;
    }

    /// <summary>The segments with the block's marker left out; null when the marker is not in kept text.</summary>
    private static List<RedlineSegment>? WithoutPrefix(IReadOnlyList<RedlineSegment> segments, int length)
    {
        var result = new List<RedlineSegment>();
        var skip = length;
        foreach (var segment in segments)
        {
            var text = segment.Text;
            if (skip > 0)
            {
                if (segment.Kind != RedlineSegmentKind.Equal)
                {
                    return null;
                }
                var taken = Math.Min(skip, text.Length);
                text = text[taken..];
                skip -= taken;
            }
            if (text.Length > 0)
            {
                result.Add(segment with { Text = text });
            }
        }
        return skip == 0 ? result : null;
    }

    private void AppendSegment(Paragraph paragraph, RedlineSegmentKind kind, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = i == 0 ? new Run() : new Run(new Break());
            if (lines[i].Length > 0)
            {
                run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
            if (!run.HasChildren)
            {
                continue;
            }
            paragraph.Append(kind switch
            {
                RedlineSegmentKind.Inserted => changes.Inserted(run),
                RedlineSegmentKind.Deleted => changes.Deleted(run),
                _ => run,
            });
        }
    }

    private ParagraphProperties? Properties(RedlineBlockKind kind, string prefix, int level)
    {
        switch (kind)
        {
            case RedlineBlockKind.Heading:
                return new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Heading(prefix.TrimEnd().Length) });
            case RedlineBlockKind.Quote:
                return new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Quote });
            case RedlineBlockKind.ListItem:
                var marker = prefix.TrimEnd();
                var ordered = char.IsAsciiDigit(marker[0]);
                var instance = ordered
                    ? numbering.OrderedList(level, int.Parse(marker[..^1], System.Globalization.CultureInfo.InvariantCulture))
                    : numbering.BulletList();
                return new ParagraphProperties(
                    new ParagraphStyleId { Val = ordered ? WordStyles.ListNumber : WordStyles.ListBullet },
                    new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = instance }));
            default:
                return null;
        }
    }

    /// <summary>The block's Markdown marker with the space after it; empty for a paragraph; null when there is none to read.</summary>
    private static string? Prefix(RedlineBlockKind kind, string source)
    {
        var match = kind switch
        {
            RedlineBlockKind.Heading => HeadingMarker().Match(source),
            RedlineBlockKind.ListItem => ListMarker().Match(source),
            RedlineBlockKind.Quote => QuoteMarker().Match(source),
            _ => null,
        };
        return match is null ? "" : match.Success ? match.Value : null;
    }

    [GeneratedRegex(@"\A#{1,6}[ \t]+")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"\A(?:[-*+]|[0-9]{1,9}[.)])[ \t]+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\A>[ \t]?")]
    private static partial Regex QuoteMarker();
}
