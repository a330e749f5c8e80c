using System.Text;

namespace CoDraft.Core.Text;

/// <summary>
/// A rope: text cut into chunks held in a treap indexed by code points, so finding a position, inserting and deleting
/// cost O(log n + chunk size) whatever the document's length. Keystrokes edit a chunk in place; only edits that
/// overflow a chunk or span chunks split and merge the tree. Callers check ranges; this type trusts them.
/// </summary>
internal sealed class ChunkTree
{
    /// <summary>
    /// Largest chunk, in UTF-16 units: in-place edits move at most this many chars, and the tree has about
    /// length / (MaxChunk / 2) nodes.
    /// </summary>
    public const int MaxChunk = 512;

    /// <summary>New chunks are filled to half, so typing into them stays in place for a while.</summary>
    private const int FillChunk = MaxChunk / 2;

    private ChunkNode? _root;

    // Priorities come from a fixed-seed xorshift, so the tree's shape and its cost are reproducible.
    private uint _random = 2463534242;

    public ChunkTree(string text) => _root = Build(text);

    public int Length => _root?.TreeCodePoints ?? 0;

    public void Insert(int position, string text, int textCodePoints)
    {
        if (text.Length <= FillChunk && InsertInPlace(_root, position, text, textCodePoints))
        {
            return;
        }
        var (left, right) = Split(_root, position);
        _root = Merge(Merge(left, Build(text)), right);
    }

    public void Delete(int position, int count)
    {
        if (DeleteInPlace(_root, position, count))
        {
            return;
        }
        var (left, rest) = Split(_root, position);
        var (_, right) = Split(rest, count);
        _root = Merge(left, right);
    }

    public void AppendTo(StringBuilder target, int start, int count) => Collect(_root, start, start + count, target);

    private ChunkNode? Build(string text)
    {
        ChunkNode? root = null;
        for (var start = 0; start < text.Length;)
        {
            var end = Math.Min(text.Length, start + FillChunk);
            if (end < text.Length && char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }
            root = Merge(root, new ChunkNode(text.AsSpan(start, end - start), NextPriority()));
            start = end;
        }
        return root;
    }

    private uint NextPriority()
    {
        _random ^= _random << 13;
        _random ^= _random >> 17;
        _random ^= _random << 5;
        return _random;
    }

    private static bool InsertInPlace(ChunkNode? node, int position, string text, int textCodePoints)
    {
        if (node is null)
        {
            return false;
        }
        var leftLength = node.Left?.TreeCodePoints ?? 0;
        bool inserted;
        if (position < leftLength || (position == leftLength && node.Left is not null))
        {
            inserted = InsertInPlace(node.Left, position, text, textCodePoints);
        }
        else if (position <= leftLength + node.CodePointCount)
        {
            inserted = node.TryInsert(position - leftLength, text, textCodePoints, MaxChunk);
        }
        else
        {
            inserted = InsertInPlace(node.Right, position - leftLength - node.CodePointCount, text, textCodePoints);
        }
        if (inserted)
        {
            node.TreeCodePoints += textCodePoints;
        }
        return inserted;
    }

    private static bool DeleteInPlace(ChunkNode? node, int position, int count)
    {
        if (node is null)
        {
            return false;
        }
        var leftLength = node.Left?.TreeCodePoints ?? 0;
        var chunkEnd = leftLength + node.CodePointCount;
        bool deleted;
        if (position + count <= leftLength)
        {
            deleted = DeleteInPlace(node.Left, position, count);
        }
        else if (position >= chunkEnd)
        {
            deleted = DeleteInPlace(node.Right, position - chunkEnd, count);
        }
        else if (position >= leftLength && position + count <= chunkEnd && count < node.CodePointCount)
        {
            // A chunk that would become empty is left to Split and Merge, which drop it from the tree.
            node.Remove(position - leftLength, count);
            deleted = true;
        }
        else
        {
            deleted = false;
        }
        if (deleted)
        {
            node.TreeCodePoints -= count;
        }
        return deleted;
    }

    private (ChunkNode? Left, ChunkNode? Right) Split(ChunkNode? node, int position)
    {
        if (node is null)
        {
            return (null, null);
        }
        var leftLength = node.Left?.TreeCodePoints ?? 0;
        var chunkEnd = leftLength + node.CodePointCount;
        if (position <= leftLength)
        {
            var (left, right) = Split(node.Left, position);
            node.Left = right;
            node.Update();
            return (left, node);
        }
        if (position >= chunkEnd)
        {
            var (left, right) = Split(node.Right, position - chunkEnd);
            node.Right = left;
            node.Update();
            return (node, right);
        }
        var tail = node.SplitOff(position - leftLength, NextPriority());
        var rest = node.Right;
        node.Right = null;
        node.Update();
        return (node, Merge(tail, rest));
    }

    private static ChunkNode? Merge(ChunkNode? left, ChunkNode? right)
    {
        if (left is null)
        {
            return right;
        }
        if (right is null)
        {
            return left;
        }
        if (left.Priority > right.Priority)
        {
            left.Right = Merge(left.Right, right);
            left.Update();
            return left;
        }
        right.Left = Merge(left, right.Left);
        right.Update();
        return right;
    }

    private static void Collect(ChunkNode? node, int start, int end, StringBuilder target)
    {
        if (node is null || start >= end)
        {
            return;
        }
        var leftLength = node.Left?.TreeCodePoints ?? 0;
        var chunkEnd = leftLength + node.CodePointCount;
        if (start < leftLength)
        {
            Collect(node.Left, start, Math.Min(end, leftLength), target);
        }
        if (start < chunkEnd && end > leftLength)
        {
            var from = node.Utf16Offset(Math.Max(start, leftLength) - leftLength);
            var to = node.Utf16Offset(Math.Min(end, chunkEnd) - leftLength);
            target.Append(node.Chars, from, to - from);
        }
        if (end > chunkEnd)
        {
            Collect(node.Right, Math.Max(start, chunkEnd) - chunkEnd, end - chunkEnd, target);
        }
    }
}
