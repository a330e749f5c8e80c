using System.Text;
using DiffPlex.Model;

namespace CoDraft.Core.Redlines;

/// <summary>The word-level diff inside a changed block.</summary>
internal static class WordDiff
{
    /// <summary>
    /// The segments that turn the text of <paramref name="before"/> into that of <paramref name="after"/>.
    /// Whitespace tokens all compare equal, so a reflowed line or a double space is no change; kept text shows the
    /// later whitespace.
    /// </summary>
    public static List<RedlineSegment> Segments(BlockTokens before, BlockTokens after)
    {
        var runs = MyersDiff.Diff(before.CompareIds, after.CompareIds);
        var segments = new SegmentList();
        var change = new ChangeText();
        var kept = 0;
        var run = 0;
        while (run < runs.Count)
        {
            segments.Add(RedlineSegmentKind.Equal, after.Slice(kept, runs[run].InsertStartB));
            run = AddChange(runs, run, before, after, segments, change);
            kept = runs[run - 1].InsertStartB + runs[run - 1].InsertCountB;
        }
        segments.Add(RedlineSegmentKind.Equal, after.Slice(kept, after.Count));
        return segments.ToList();
    }

    /// <summary>
    /// Adds the change that starts with run <paramref name="start"/> and returns the index of the run after it.
    /// Kept whitespace between two runs is folded into the change, so "a b" replaced by "c d" reads as one deletion
    /// and one insertion rather than two interleaved pairs; whitespace that opens or closes both the deletion and
    /// the insertion is shown as kept, so a replaced word reads "to <del>x</del><ins>y</ins> it".
    /// </summary>
    private static int AddChange(List<DiffBlock> runs, int start, BlockTokens before, BlockTokens after, SegmentList segments, ChangeText change)
    {
        var (deletedText, insertedText, deletedPending, insertedPending) = change.Cleared();
        var index = start;
        while (true)
        {
            var run = runs[index];
            if (run.DeleteCountA > 0)
            {
                deletedText.Append(deletedPending).Append(before.Slice(run.DeleteStartA, run.DeleteStartA + run.DeleteCountA));
                deletedPending.Clear();
            }
            if (run.InsertCountB > 0)
            {
                insertedText.Append(insertedPending).Append(after.Slice(run.InsertStartB, run.InsertStartB + run.InsertCountB));
                insertedPending.Clear();
            }
            index++;
            var keptFrom = run.InsertStartB + run.InsertCountB;
            if (index == runs.Count || !AllBlank(after, keptFrom, runs[index].InsertStartB))
            {
                break;
            }
            var space = after.Slice(keptFrom, runs[index].InsertStartB);
            deletedPending.Append(space);
            insertedPending.Append(space);
        }

        var deleted = deletedText.ToString();
        var inserted = insertedText.ToString();
        var lead = Math.Min(LeadingSpace(deleted), LeadingSpace(inserted));
        var trail = Math.Min(Math.Min(TrailingSpace(deleted), TrailingSpace(inserted)), Math.Min(deleted.Length, inserted.Length) - lead);
        if (deleted.Length == 0 || inserted.Length == 0)
        {
            lead = 0;
            trail = 0;
        }
        segments.Add(RedlineSegmentKind.Equal, inserted.AsSpan(..lead));
        segments.Add(RedlineSegmentKind.Deleted, deleted.AsSpan(lead..^trail));
        segments.Add(RedlineSegmentKind.Inserted, inserted.AsSpan(lead..^trail));
        segments.Add(RedlineSegmentKind.Equal, inserted.AsSpan(^trail..));
        return index;
    }

    /// <summary>True when tokens <paramref name="start"/> up to <paramref name="end"/> are whitespace, and there is at least one.</summary>
    private static bool AllBlank(BlockTokens tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!tokens.IsBlank(i))
            {
                return false;
            }
        }
        return end > start;
    }

    private static int LeadingSpace(string text) => text.Length - text.TrimStart().Length;

    private static int TrailingSpace(string text) => text.Length - text.TrimEnd().Length;

    /// <summary>
    /// The builders of one change, reused for every change of a block: the deleted and inserted text, and the folded
    /// whitespace that joins a side only when more of that side follows it.
    /// </summary>
    private sealed class ChangeText
    {
        private readonly StringBuilder _deleted = new();
        private readonly StringBuilder _inserted = new();
        private readonly StringBuilder _deletedPending = new();
        private readonly StringBuilder _insertedPending = new();

        public (StringBuilder Deleted, StringBuilder Inserted, StringBuilder DeletedPending, StringBuilder InsertedPending) Cleared() =>
            (_deleted.Clear(), _inserted.Clear(), _deletedPending.Clear(), _insertedPending.Clear());
    }

    /// <summary>Segments in the making: text added next to a segment of the same kind extends it.</summary>
    private sealed class SegmentList
    {
        private readonly List<RedlineSegment> _done = [];
        private readonly StringBuilder _text = new();
        private RedlineSegmentKind _kind;

        public void Add(RedlineSegmentKind kind, ReadOnlySpan<char> text)
        {
            if (text.Length == 0)
            {
                return;
            }
            if (kind != _kind)
            {
                Flush();
                _kind = kind;
            }
            _text.Append(text);
        }

        public List<RedlineSegment> ToList()
        {
            Flush();
            return _done;
        }

        private void Flush()
        {
            if (_text.Length > 0)
            {
                _done.Add(new RedlineSegment(_kind, _text.ToString()));
                _text.Clear();
            }
        }
    }
}
