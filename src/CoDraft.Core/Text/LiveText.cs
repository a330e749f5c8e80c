using System.Text;

namespace CoDraft.Core.Text;

/// <summary>
/// The live text of a statement being edited: a rope indexed by code points whose cost per edit does not grow with
/// the document's length. Accepts the same ops as <see cref="TextType.Apply"/>, with the same checks, and is left
/// unchanged when an op is refused. Not thread-safe: one writer per statement.
/// </summary>
public sealed class LiveText
{
    private readonly ChunkTree _tree;

    /// <summary>A buffer holding <paramref name="initial"/>.</summary>
    public LiveText(string initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        _tree = new ChunkTree(initial);
    }

    /// <summary>Length of the text in code points.</summary>
    public int Length => _tree.Length;

    /// <summary>Applies <paramref name="op"/>; on error nothing is changed.</summary>
    /// <exception cref="InvalidOpException">
    /// The op is malformed, reaches past the end of the text, or deletes text other than the text's.
    /// </exception>
    public void Apply(TextOp op)
    {
        Verify(op);
        var position = 0;
        foreach (var c in op.Components)
        {
            switch (c.Kind)
            {
                case OpComponentKind.Retain:
                    position += c.Count;
                    break;
                case OpComponentKind.Insert:
                    _tree.Insert(position, c.Text!, c.Count);
                    position += c.Count;
                    break;
                default:
                    _tree.Delete(position, c.Count);
                    break;
            }
        }
    }

    /// <summary>
    /// <paramref name="op"/> checked against this text and returned in normal form with every delete's text filled
    /// in, as <see cref="TextType.Resolve"/> does for a string.
    /// </summary>
    /// <exception cref="InvalidOpException">
    /// The op is malformed, reaches past the end of the text, or deletes text other than the text's.
    /// </exception>
    public TextOp Resolve(TextOp op)
    {
        Verify(op);
        var builder = new OpBuilder();
        var position = 0;
        foreach (var c in op.Components)
        {
            switch (c.Kind)
            {
                case OpComponentKind.Retain:
                    builder.Retain(c.Count);
                    position += c.Count;
                    break;
                case OpComponentKind.Insert:
                    builder.Insert(c.Text!);
                    break;
                default:
                    builder.Delete(c.Count, c.Text ?? Slice(position, c.Count));
                    position += c.Count;
                    break;
            }
        }
        return builder.Build();
    }

    /// <summary>The <paramref name="count"/> code points from code point <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the text.</exception>
    public string Slice(int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Length - start);
        var slice = new StringBuilder();
        _tree.AppendTo(slice, start, count);
        return slice.ToString();
    }

    /// <summary>The whole text.</summary>
    public override string ToString() => Slice(0, Length);

    // Every check happens before the first change, so a refused op leaves the text as it was.
    private void Verify(TextOp op)
    {
        TextType.Check(op);
        var position = 0L;
        foreach (var c in op.Components)
        {
            if (c.Kind == OpComponentKind.Insert)
            {
                continue;
            }
            if (position + c.Count > Length)
            {
                throw new InvalidOpException(InvalidOpException.OutOfRange, "The op reaches past the end of the document.");
            }
            if (c.Kind == OpComponentKind.Delete && c.Text is not null && Slice((int)position, c.Count) != c.Text)
            {
                throw new InvalidOpException(InvalidOpException.DeleteMismatch, "A delete does not match the document's text.");
            }
            position += c.Count;
        }
    }
}
