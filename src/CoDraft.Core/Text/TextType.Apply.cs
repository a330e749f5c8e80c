using System.Text;

namespace CoDraft.Core.Text;

public static partial class TextType
{
    /// <summary>The document after <paramref name="op"/>.</summary>
    /// <exception cref="InvalidOpException">
    /// The op is malformed, reaches past the end of the document, or deletes text other than the document's.
    /// </exception>
    public static string Apply(string document, TextOp op)
    {
        ArgumentNullException.ThrowIfNull(document);
        Check(op);
        var result = new StringBuilder(document.Length);
        var index = 0;
        foreach (var c in op.Components)
        {
            switch (c.Kind)
            {
                case OpComponentKind.Retain:
                    var end = Advance(document, index, c.Count);
                    result.Append(document, index, end - index);
                    index = end;
                    break;
                case OpComponentKind.Insert:
                    result.Append(c.Text);
                    break;
                default:
                    index = SkipDeleted(document, index, c);
                    break;
            }
        }
        result.Append(document, index, document.Length - index);
        return result.ToString();
    }

    /// <summary>
    /// Checks <paramref name="op"/> against <paramref name="document"/> and returns it in normal form with the text
    /// of every delete filled in from the document: the form the server stores, which can be inverted and redlined.
    /// </summary>
    /// <exception cref="InvalidOpException">
    /// The op is malformed, reaches past the end of the document, or deletes text other than the document's.
    /// </exception>
    public static TextOp Resolve(string document, TextOp op)
    {
        ArgumentNullException.ThrowIfNull(document);
        Check(op);
        var builder = new OpBuilder();
        var index = 0;
        foreach (var c in op.Components)
        {
            switch (c.Kind)
            {
                case OpComponentKind.Retain:
                    index = Advance(document, index, c.Count);
                    builder.Retain(c.Count);
                    break;
                case OpComponentKind.Insert:
                    builder.Insert(c.Text!);
                    break;
                default:
                    var end = SkipDeleted(document, index, c);
                    builder.Delete(c.Count, document[index..end]);
                    index = end;
                    break;
            }
        }
        return builder.Build();
    }

    private static int Advance(string document, int index, int count) =>
        CodePoints.TryAdvance(document, index, count, out var end)
            ? end
            : throw new InvalidOpException(InvalidOpException.OutOfRange, "The op reaches past the end of the document.");

    private static int SkipDeleted(string document, int index, OpComponent delete)
    {
        var end = Advance(document, index, delete.Count);
        if (delete.Text is not null && !document.AsSpan(index, end - index).SequenceEqual(delete.Text))
        {
            throw new InvalidOpException(InvalidOpException.DeleteMismatch, "A delete does not match the document's text.");
        }
        return end;
    }
}
