namespace CoDraft.Core.Redlines;

/// <summary>
/// Redlines two versions of a statement's Markdown text, block by block and word by word.
/// <para>
/// Each text is split into Markdown blocks (<see cref="RedlineBlockKind"/>; each list item is a block). The block
/// sequences are diffed by content with whitespace collapsed and ordered-list numbers ignored, so a block whose
/// only change is whitespace (reflowed line breaks, trailing or double spaces) or its renumbering is
/// <see cref="RedlineChange.Unchanged"/> and shown as it now reads. A removed block whose content reappears
/// elsewhere is <see cref="RedlineChange.Moved"/> and shown once, at its new place; a block moved and edited shows
/// as removed and added. Inside each run of changes, a removed block is paired with a nearby added block that
/// shares at least half its tokens as <see cref="RedlineChange.Changed"/>, with a word-level diff; the others show
/// as removed and added.
/// </para>
/// <para>
/// The word-level diff compares tokens: runs of whitespace (which all compare equal), runs of letters and digits,
/// single punctuation or markup characters, single Han, kana or Hangul characters, and single emoji; a grapheme
/// cluster (an emoji ZWJ sequence, a letter with its combining marks) is never split. Space that appears or
/// disappears between two tokens ("a.b" to "a. b") is a change, though not a word change. Comparison is
/// case-sensitive. Line ends are read as <c>\n</c> whatever they were.
/// </para>
/// </summary>
/// <remarks>
/// The loops that run per character or per token are marked to be compiled optimised from their first call: a
/// server redlines now and then, too seldom for the runtime to find them hot and recompile them before someone is
/// waiting on the redline.
/// <para>
/// A long redline uses a second processor where its work splits into independent parts: the two texts are split
/// into blocks at the same time, and its HTML written while its statistics are counted
/// (<see cref="RedlineLimits.MinParallelSplitLength"/>); and the word-level diffs of
/// the changed blocks, most of the work when many blocks changed, are made by a helper on another processor while
/// the blocks are still being aligned, the calling thread joining in once the alignment is done
/// (<see cref="RedlineLimits.MinParallelWordDiffLength"/>). Each part's result lands at its own place, so the
/// redline is the same whichever thread made which part. A short redline runs on the calling thread alone.
/// </para>
/// </remarks>
public static class RedlineEngine
{
    /// <summary>The redline that turns <paramref name="before"/> into <paramref name="after"/>.</summary>
    /// <param name="before">The earlier Markdown text; may be empty.</param>
    /// <param name="after">The later Markdown text; may be empty.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public static Redline Compare(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        before = NormalizeLineEnds(before);
        after = NormalizeLineEnds(after);
        var blocks = BlockAligner.Align(SplitBoth(before, after, out var afterBlocks), afterBlocks);
        if (!IsLong(before, after))
        {
            return new Redline(RedlineHtmlWriter.Write(blocks), blocks, RedlineStatsCounter.Count(blocks));
        }
        // Both read the finished blocks only.
        var stats = Task.Run(() => RedlineStatsCounter.Count(blocks));
        var html = RedlineHtmlWriter.Write(blocks);
        return new Redline(html, blocks, stats.GetAwaiter().GetResult());
    }

    /// <summary>
    /// The blocks of both texts. Long texts are parsed at the same time on two processors, each parse being
    /// independent; short ones one after the other, where handing a parse out costs more than it saves.
    /// </summary>
    private static List<SourceBlock> SplitBoth(string before, string after, out List<SourceBlock> afterBlocks)
    {
        if (!IsLong(before, after))
        {
            var beforeBlocks = MarkdownBlockSplitter.Split(before);
            afterBlocks = MarkdownBlockSplitter.Split(after);
            return beforeBlocks;
        }
        var afterTask = Task.Run(() => MarkdownBlockSplitter.Split(after));
        var blocks = MarkdownBlockSplitter.Split(before);
        afterBlocks = afterTask.GetAwaiter().GetResult();
        return blocks;
    }

    /// <summary>True when both texts are long enough for their redline to use a second processor.</summary>
    private static bool IsLong(string before, string after) =>
        Math.Min(before.Length, after.Length) >= RedlineLimits.MinParallelSplitLength && Environment.ProcessorCount > 1;

    private static string NormalizeLineEnds(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
