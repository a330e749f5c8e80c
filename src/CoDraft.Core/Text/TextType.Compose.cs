namespace CoDraft.Core.Text;

public static partial class TextType
{
    /// <summary>
    /// One op with the effect of <paramref name="first"/> followed by <paramref name="second"/>:
    /// <c>Apply(d, Compose(a, b)) == Apply(Apply(d, a), b)</c>.
    /// </summary>
    /// <exception cref="InvalidOpException">
    /// Either op is malformed, or <paramref name="second"/> deletes text other than what <paramref name="first"/> inserted there.
    /// </exception>
    public static TextOp Compose(TextOp first, TextOp second)
    {
        Check(first);
        Check(second);
        var a = new ComponentReader(first);
        var b = new ComponentReader(second);
        var result = new OpBuilder();
        while (!a.AtEnd || !b.AtEnd)
        {
            if (a.Kind == OpComponentKind.Delete)
            {
                result.Append(a.TakeAll());
            }
            else if (b.Kind == OpComponentKind.Insert)
            {
                result.Append(b.TakeAll());
            }
            else if (a.AtEnd)
            {
                result.Append(b.TakeAll());
            }
            else if (b.AtEnd)
            {
                result.Append(a.TakeAll());
            }
            else
            {
                var count = Math.Min(a.Remaining, b.Remaining);
                var written = a.Take(count);
                var edit = b.Take(count);
                if (edit.Kind == OpComponentKind.Retain)
                {
                    result.Append(written);
                }
                else if (written.Kind == OpComponentKind.Retain)
                {
                    result.Append(edit);
                }
                else if (edit.Text is not null && edit.Text != written.Text)
                {
                    throw new InvalidOpException(InvalidOpException.DeleteMismatch, "The second op deletes text other than what the first inserted.");
                }
            }
        }
        return result.Build();
    }

    /// <summary>
    /// The op that undoes <paramref name="op"/>: applied to the document <paramref name="op"/> produced, it gives back
    /// the document <paramref name="op"/> was applied to. Needs the text of every delete (see <see cref="Resolve"/>).
    /// </summary>
    /// <exception cref="InvalidOpException">The op is malformed, or a delete carries only its count.</exception>
    public static TextOp Invert(TextOp op)
    {
        Check(op);
        var result = new OpBuilder();
        foreach (var c in op.Components)
        {
            switch (c.Kind)
            {
                case OpComponentKind.Retain:
                    result.Retain(c.Count);
                    break;
                case OpComponentKind.Insert:
                    result.Delete(c.Count, c.Text);
                    break;
                default:
                    result.Insert(c.Text ?? throw new InvalidOpException(
                        InvalidOpException.DeleteTextUnknown, "Cannot invert a delete whose text is not known; resolve the op first."));
                    break;
            }
        }
        return result.Build();
    }
}
