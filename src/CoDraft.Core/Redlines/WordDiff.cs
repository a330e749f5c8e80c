using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace CoDraft.Core.Redlines;

/// <summary>The word-level diff inside a changed block.</summary>
internal static class WordDiff
{
    /// <summary>
    /// The segments that turn <paramref name="before"/> into <paramref name="after"/>. Whitespace tokens all
    /// compare equal, so a reflowed line or a double space is no change; kept text shows the later whitespace.
    /// </summary>
    public static List<RedlineSegment> Segments(string before, string after)
    {
        var pieces = InlineDiffBuilder.Diff(
            Differ.Instance, before, after, ignoreWhiteSpace: true, ignoreCase: false, RedlineWordChunker.Instance).Lines;

        var segments = new SegmentList();
        var index = 0;
        while (index < pieces.Count)
        {
            if (pieces[index].Type == ChangeType.Unchanged)
            {
                segments.Add(RedlineSegmentKind.Equal, pieces[index].Text);
                index++;
                continue;
            }
            index = AddChange(pieces, index, segments);
        }
        return segments.ToList();
    }

    /// <summary>
    /// Adds the change that starts at <paramref name="start"/> and returns the index after it. Kept whitespace
    /// between two changes is folded into the change, so "a b" replaced by "c d" reads as one deletion and one
    /// insertion rather than two interleaved pairs; whitespace that opens or closes both the deletion and the
    /// insertion is shown as kept, so a replaced word reads "to <del>x</del><ins>y</ins> it".
    /// </summary>
    private static int AddChange(List<DiffPiece> pieces, int start, SegmentList segments)
    {
        var side = new Dictionary<ChangeType, (StringBuilder Text, StringBuilder PendingSpace)>
        {
            [ChangeType.Deleted] = (new StringBuilder(), new StringBuilder()),
            [ChangeType.Inserted] = (new StringBuilder(), new StringBuilder()),
        };
        var index = start;
        while (true)
        {
            for (; index < pieces.Count && pieces[index].Type != ChangeType.Unchanged; index++)
            {
                // Folded whitespace joins a side only when more of that side follows it.
                var (text, pendingSpace) = side[pieces[index].Type];
                text.Append(pendingSpace).Append(pieces[index].Text);
                pendingSpace.Clear();
            }
            var afterSpace = index;
            while (afterSpace < pieces.Count && pieces[afterSpace].Type == ChangeType.Unchanged
                   && string.IsNullOrWhiteSpace(pieces[afterSpace].Text))
            {
                afterSpace++;
            }
            if (afterSpace == index || afterSpace == pieces.Count || pieces[afterSpace].Type == ChangeType.Unchanged)
            {
                break;
            }
            for (; index < afterSpace; index++)
            {
                side[ChangeType.Deleted].PendingSpace.Append(pieces[index].Text);
                side[ChangeType.Inserted].PendingSpace.Append(pieces[index].Text);
            }
        }

        var deleted = side[ChangeType.Deleted].Text.ToString();
        var inserted = side[ChangeType.Inserted].Text.ToString();
        var lead = Math.Min(LeadingSpace(deleted), LeadingSpace(inserted));
        var trail = Math.Min(Math.Min(TrailingSpace(deleted), TrailingSpace(inserted)), Math.Min(deleted.Length, inserted.Length) - lead);
        if (deleted.Length == 0 || inserted.Length == 0)
        {
            lead = 0;
            trail = 0;
        }
        segments.Add(RedlineSegmentKind.Equal, inserted[..lead]);
        segments.Add(RedlineSegmentKind.Deleted, deleted[lead..^trail]);
        segments.Add(RedlineSegmentKind.Inserted, inserted[lead..^trail]);
        segments.Add(RedlineSegmentKind.Equal, inserted[^trail..]);
        return index;
    }

    private static int LeadingSpace(string text) => text.Length - text.TrimStart().Length;

    private static int TrailingSpace(string text) => text.Length - text.TrimEnd().Length;

    /// <summary>Segments in the making: text added next to a segment of the same kind extends it.</summary>
    private sealed class SegmentList
    {
        private readonly List<RedlineSegment> _done = [];
        private readonly StringBuilder _text = new();
        private RedlineSegmentKind _kind;

        public void Add(RedlineSegmentKind kind, string text)
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
