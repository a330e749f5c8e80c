namespace CoDraft.Core.Text;

public static partial class TextType
{
    /// <summary>
    /// Rewrites <paramref name="op"/> to apply after <paramref name="other"/>, when both were made on the same
    /// document. Text both ops delete is deleted once; text <paramref name="other"/> inserts is kept, also inside a
    /// range <paramref name="op"/> deletes; when both insert at one position, <paramref name="side"/> decides
    /// which insert comes first. Deletes in the result keep their text.
    /// </summary>
    /// <exception cref="InvalidOpException">Either op is malformed.</exception>
    public static TextOp Transform(TextOp op, TextOp other, TransformSide side)
    {
        Check(op);
        Check(other);
        if (SingleEdit.TryRead(op, out var mine) && SingleEdit.TryRead(other, out var theirs)
            && mine.TryTransform(theirs, side, out var moved))
        {
            return moved.ToOp();
        }
        return TransformChecked(op, other, side);
    }

    /// <summary>
    /// <paramref name="op"/> rewritten to apply after each of <paramref name="others"/> in turn, as the server does with
    /// a submission made on an older version: the same result as <see cref="Transform"/> once per op, without building
    /// the ops in between while they are single edits (see <see cref="SingleEdit"/>).
    /// </summary>
    /// <exception cref="InvalidOpException">An op is malformed.</exception>
    public static TextOp TransformAgainst(TextOp op, IEnumerable<TextOp> others, TransformSide side)
    {
        ArgumentNullException.ThrowIfNull(others);
        return TransformAgainst(op, others, side, checkOthers: true);
    }

    /// <summary>
    /// <see cref="TransformAgainst(TextOp, IEnumerable{TextOp}, TransformSide)"/> for ops that were checked when they
    /// were committed, as the server's history is: only <paramref name="op"/> is checked. Checking every op of the
    /// history again for every submission made behind it was a tenth of the commit path's time under load.
    /// </summary>
    /// <exception cref="InvalidOpException"><paramref name="op"/> is malformed.</exception>
    public static TextOp TransformAgainstCommitted(TextOp op, IEnumerable<TextOp> committed, TransformSide side)
    {
        ArgumentNullException.ThrowIfNull(committed);
        return TransformAgainst(op, committed, side, checkOthers: false);
    }

    private static TextOp TransformAgainst(TextOp op, IEnumerable<TextOp> others, TransformSide side, bool checkOthers)
    {
        Check(op);
        var current = op;
        var isSingle = SingleEdit.TryRead(op, out var edit);
        foreach (var other in others)
        {
            if (checkOthers)
            {
                Check(other);
            }
            if (isSingle && SingleEdit.TryRead(other, out var theirs) && edit.TryTransform(theirs, side, out var moved))
            {
                edit = moved;
                continue;
            }
            current = TransformChecked(isSingle ? edit.ToOp() : current, other, side);
            isSingle = SingleEdit.TryRead(current, out edit);
        }
        return isSingle ? edit.ToOp() : current;
    }

    /// <summary>The general algorithm, for ops that have passed <see cref="Check"/>.</summary>
    internal static TextOp TransformChecked(TextOp op, TextOp other, TransformSide side)
    {
        // Normal form first, so that the tie-break does not depend on how the caller ordered an insert and a delete.
        var mine = new ComponentReader(NormalizeChecked(op));
        var theirs = new ComponentReader(NormalizeChecked(other));
        var result = new OpBuilder();
        while (!mine.AtEnd)
        {
            if (mine.Kind == OpComponentKind.Insert && (theirs.Kind != OpComponentKind.Insert || side == TransformSide.Left))
            {
                result.Append(mine.TakeAll());
            }
            else if (theirs.Kind == OpComponentKind.Insert)
            {
                result.Retain(theirs.TakeAll().Count);
            }
            else
            {
                var count = Math.Min(mine.Remaining, theirs.Remaining);
                var theirPiece = theirs.Take(count);
                var myPiece = mine.Take(count);
                if (theirPiece.Kind == OpComponentKind.Retain)
                {
                    result.Append(myPiece);
                }
            }
        }
        return result.Build();
    }

    /// <summary>
    /// Where code point <paramref name="position"/> of a document is after <paramref name="op"/>: text inserted before
    /// it pushes it right, text deleted before it pulls it left, and a deleted range containing it moves it to the
    /// range's start. <paramref name="bias"/> decides for text inserted exactly at it.
    /// </summary>
    /// <exception cref="InvalidOpException">The op is malformed.</exception>
    public static int TransformPosition(int position, TextOp op, PositionBias bias)
    {
        // Normal form, as in Transform: a position inside a replaced range must land where Transform puts text typed there.
        var normal = Normalize(op);
        var result = position;
        long cursor = 0;
        foreach (var c in normal.Components)
        {
            if (cursor > position)
            {
                break;
            }
            switch (c.Kind)
            {
                case OpComponentKind.Retain:
                    cursor += c.Count;
                    break;
                case OpComponentKind.Insert:
                    if (cursor < position || bias == PositionBias.After)
                    {
                        result += c.Count;
                    }
                    break;
                default:
                    result -= (int)Math.Min(c.Count, position - cursor);
                    cursor += c.Count;
                    break;
            }
        }
        return result;
    }

    /// <summary>
    /// The selection after <paramref name="op"/>. Text inserted at the edges of a selection stays outside it;
    /// a plain cursor stays before text inserted at it, as someone else's cursor should.
    /// </summary>
    /// <exception cref="InvalidOpException">The op is malformed.</exception>
    public static Selection TransformSelection(Selection selection, TextOp op)
    {
        if (selection.IsCollapsed)
        {
            var cursor = TransformPosition(selection.Anchor, op, PositionBias.Before);
            return new Selection(cursor, cursor);
        }
        var anchorBias = selection.Anchor < selection.Head ? PositionBias.After : PositionBias.Before;
        var headBias = selection.Anchor < selection.Head ? PositionBias.Before : PositionBias.After;
        return new Selection(
            TransformPosition(selection.Anchor, op, anchorBias),
            TransformPosition(selection.Head, op, headBias));
    }
}
