namespace CoDraft.Core.Redlines;

/// <summary>Adds up the <see cref="RedlineStats"/> of a list of redline blocks.</summary>
internal static class RedlineStatsCounter
{
    public static RedlineStats Count(IReadOnlyList<RedlineBlock> blocks)
    {
        int wordsInserted = 0, wordsDeleted = 0, added = 0, removed = 0, changed = 0, moved = 0;
        foreach (var block in blocks)
        {
            switch (block.Change)
            {
                case RedlineChange.Added:
                    added++;
                    wordsInserted += CountBlockWords(block.Kind, block.After);
                    break;
                case RedlineChange.Removed:
                    removed++;
                    wordsDeleted += CountBlockWords(block.Kind, block.Before);
                    break;
                case RedlineChange.Moved:
                    moved++;
                    break;
                case RedlineChange.Changed:
                    changed++;
                    foreach (var segment in block.Segments)
                    {
                        if (segment.Kind == RedlineSegmentKind.Inserted)
                        {
                            wordsInserted += CountWords(segment.Text);
                        }
                        else if (segment.Kind == RedlineSegmentKind.Deleted)
                        {
                            wordsDeleted += CountWords(segment.Text);
                        }
                    }
                    break;
            }
        }
        return new RedlineStats(wordsInserted, wordsDeleted, added, removed, changed, moved);
    }

    /// <summary>Words of a whole block; an ordered list item's number is markup, not a word.</summary>
    private static int CountBlockWords(RedlineBlockKind kind, string? text) =>
        CountWords(kind == RedlineBlockKind.ListItem && text is not null ? SourceBlock.WithoutItemNumber(text) : text);

    /// <summary>Words of <paramref name="text"/>; segments are whole tokens, so chunking one alone gives the same tokens.</summary>
    public static int CountWords(string? text) =>
        string.IsNullOrEmpty(text) ? 0 : RedlineWordChunker.CountWords(text);
}
