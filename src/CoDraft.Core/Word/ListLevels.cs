using CoDraft.Core.Redlines;
using Markdig.Syntax;

namespace CoDraft.Core.Word;

/// <summary>
/// How deep each list-item block of a text is nested (0 for a top-level item). A redline block is written from its
/// own source, where a nested item reads as a top-level one; this puts it back at its level.
/// </summary>
internal static class ListLevels
{
    /// <summary>The level of every nested list-item block of <paramref name="markdown"/> (with <c>\n</c> line ends), by its source.</summary>
    /// <remarks>Two nested items with the same source at different levels share one entry: only their indent can be off.</remarks>
    public static Dictionary<string, int> Of(string markdown)
    {
        var byStart = new Dictionary<int, int>();
        Collect(Markdig.Markdown.Parse(markdown, MarkdownBlockSplitter.Pipeline), byStart);
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        var cursor = 0;
        foreach (var block in MarkdownBlockSplitter.Split(markdown))
        {
            var start = markdown.IndexOf(block.Text, cursor, StringComparison.Ordinal);
            if (start < 0)
            {
                break;
            }
            cursor = start + block.Text.Length;
            if (block.Kind == RedlineBlockKind.ListItem && byStart.TryGetValue(start, out var level) && level > 0)
            {
                levels.TryAdd(block.Text, Math.Min(level, WordNumbering.MaxLevel));
            }
        }
        return levels;
    }

    private static void Collect(ContainerBlock document, Dictionary<int, int> byStart)
    {
        foreach (var list in document.OfType<ListBlock>())
        {
            CollectList(list, 0, byStart);
        }
    }

    private static void CollectList(ListBlock list, int depth, Dictionary<int, int> byStart)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            byStart[item.Span.Start] = depth;
            foreach (var child in item)
            {
                if (child is ListBlock nested)
                {
                    CollectList(nested, depth + 1, byStart);
                }
                else
                {
                    // The item's text after a nested list is a block of its own, at the item's level.
                    byStart.TryAdd(child.Span.Start, depth);
                }
            }
        }
    }
}
