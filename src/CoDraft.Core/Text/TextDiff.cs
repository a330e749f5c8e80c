using DiffPlex;
using DiffPlex.Chunkers;

namespace CoDraft.Core.Text;

/// <summary>
/// Computes the op that turns one text into another, e.g. for a REST full-text update, so that a small change to a
/// big document is stored as a small op.
/// </summary>
public static class TextDiff
{
    /// <summary>
    /// Most pieces (lines, words or code points) one diff may compare. The diff costs up to the product of the two
    /// sides' piece counts; past this a changed block is stored as one delete and one insert instead.
    /// </summary>
    public const int MaxPiecesPerDiff = 10_000;

    // Lines first, then words within changed lines, then code points within changed words: each level keeps the
    // next one's input small.
    private static readonly IChunker[] Levels = [LineEndingsPreservingChunker.Instance, WordChunker.Instance, CodePointChunker.Instance];

    /// <summary>
    /// An op in normal form that turns <paramref name="before"/> into <paramref name="after"/>, with delete texts
    /// filled in. Positions are code points and no component splits a surrogate pair.
    /// </summary>
    public static TextOp ToOp(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var prefix = CommonPrefixLength(before, after);
        var suffix = CommonSuffixLength(before.AsSpan(prefix), after.AsSpan(prefix));
        var builder = new OpBuilder();
        builder.Retain(CodePoints.Count(before.AsSpan(0, prefix)));
        Emit(builder, before[prefix..^suffix], after[prefix..^suffix], 0);
        return builder.Build();
    }

    private static int CommonPrefixLength(string a, string b)
    {
        var length = a.AsSpan().CommonPrefixLength(b);
        // Stopping between the halves of a surrogate pair would split a code point.
        return length > 0 && char.IsHighSurrogate(a[length - 1]) ? length - 1 : length;
    }

    private static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[^(length + 1)] == b[^(length + 1)])
        {
            length++;
        }
        return length > 0 && char.IsLowSurrogate(a[^length]) ? length - 1 : length;
    }

    private static void Emit(OpBuilder builder, string before, string after, int level)
    {
        if (before.Length == 0 || after.Length == 0 || level == Levels.Length)
        {
            builder.Insert(after);
            builder.Delete(CodePoints.Count(before), before);
            return;
        }
        var chunker = Levels[level];
        if (chunker.Chunk(before).Count + chunker.Chunk(after).Count > MaxPiecesPerDiff)
        {
            Emit(builder, before, after, Levels.Length);
            return;
        }
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, chunker);
        var old = diff.PiecesOld;
        var fresh = diff.PiecesNew;
        var next = 0;
        foreach (var block in diff.DiffBlocks)
        {
            builder.Retain(CountCodePoints(old, next, block.DeleteStartA - next));
            Emit(
                builder,
                string.Concat(old.Skip(block.DeleteStartA).Take(block.DeleteCountA)),
                string.Concat(fresh.Skip(block.InsertStartB).Take(block.InsertCountB)),
                level + 1);
            next = block.DeleteStartA + block.DeleteCountA;
        }
        builder.Retain(CountCodePoints(old, next, old.Count - next));
    }

    private static int CountCodePoints(IReadOnlyList<string> pieces, int start, int count)
    {
        var total = 0;
        for (var i = start; i < start + count; i++)
        {
            total += CodePoints.Count(pieces[i]);
        }
        return total;
    }
}
