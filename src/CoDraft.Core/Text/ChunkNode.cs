namespace CoDraft.Core.Text;

/// <summary>
/// One node of a <see cref="ChunkTree"/>: a chunk of text that never splits a surrogate pair, its place in a treap
/// (ordered by document position, heap-ordered by a random priority) and the code point count of its subtree.
/// </summary>
internal sealed class ChunkNode
{
    private const int MinCapacity = 16;

    public ChunkNode(ReadOnlySpan<char> text, uint priority)
    {
        Chars = new char[Math.Max(MinCapacity, text.Length)];
        text.CopyTo(Chars);
        Utf16Length = text.Length;
        CodePointCount = CodePoints.Count(text);
        Priority = priority;
        TreeCodePoints = CodePointCount;
    }

    public char[] Chars { get; private set; }

    public int Utf16Length { get; private set; }

    public int CodePointCount { get; private set; }

    public uint Priority { get; }

    public ChunkNode? Left { get; set; }

    public ChunkNode? Right { get; set; }

    public int TreeCodePoints { get; set; }

    public ReadOnlySpan<char> Content => Chars.AsSpan(0, Utf16Length);

    public void Update() => TreeCodePoints = CodePointCount + (Left?.TreeCodePoints ?? 0) + (Right?.TreeCodePoints ?? 0);

    /// <summary>UTF-16 offset of a code point offset in this chunk; direct when the chunk has no surrogate pair.</summary>
    public int Utf16Offset(int codePointOffset)
    {
        if (CodePointCount == Utf16Length)
        {
            return codePointOffset;
        }
        CodePoints.TryAdvance(Content, 0, codePointOffset, out var index);
        return index;
    }

    public bool TryInsert(int codePointOffset, string text, int textCodePoints, int maxLength)
    {
        var newLength = Utf16Length + text.Length;
        if (newLength > maxLength)
        {
            return false;
        }
        if (newLength > Chars.Length)
        {
            var grown = new char[Math.Min(maxLength, Math.Max(newLength, Chars.Length * 2))];
            Content.CopyTo(grown);
            Chars = grown;
        }
        var index = Utf16Offset(codePointOffset);
        Array.Copy(Chars, index, Chars, index + text.Length, Utf16Length - index);
        text.CopyTo(Chars.AsSpan(index));
        Utf16Length = newLength;
        CodePointCount += textCodePoints;
        return true;
    }

    public void Remove(int codePointOffset, int count)
    {
        var start = Utf16Offset(codePointOffset);
        var end = Utf16Offset(codePointOffset + count);
        Array.Copy(Chars, end, Chars, start, Utf16Length - end);
        Utf16Length -= end - start;
        CodePointCount -= count;
    }

    /// <summary>Cuts the chunk at a code point offset; this node keeps the head and the tail is returned as a new node.</summary>
    public ChunkNode SplitOff(int codePointOffset, uint tailPriority)
    {
        var index = Utf16Offset(codePointOffset);
        var tail = new ChunkNode(Chars.AsSpan(index, Utf16Length - index), tailPriority);
        Utf16Length = index;
        CodePointCount = codePointOffset;
        return tail;
    }
}
