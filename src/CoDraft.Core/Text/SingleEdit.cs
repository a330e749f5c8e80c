namespace CoDraft.Core.Text;

/// <summary>
/// An op in normal form that edits at one position only: <c>[retain]? [insert]? [delete]?</c>, as nearly every
/// keystroke, paste or cut is. Two such ops transform by position arithmetic alone, which is the fast path of
/// <see cref="TextType.Transform"/>: no intermediate components, readers or builders, and an op that does not move
/// comes back as it was. Every result equals what the general algorithm gives; the cases where it would split one
/// op's delete or put another's insert between an insert and a delete are left to it.
/// </summary>
internal readonly struct SingleEdit
{
    private readonly TextOp? _source;

    private SingleEdit(TextOp? source, int position, OpComponent insert, OpComponent delete)
    {
        _source = source;
        Position = position;
        InsertComponent = insert;
        DeleteComponent = delete;
    }

    /// <summary>Code point position of the edit.</summary>
    public int Position { get; }

    /// <summary>Code points inserted (0 for none).</summary>
    public int Inserted => InsertComponent.Count;

    /// <summary>Code points deleted after the insert (0 for none).</summary>
    public int Deleted => DeleteComponent.Count;

    private OpComponent InsertComponent { get; }

    private OpComponent DeleteComponent { get; }

    /// <summary>
    /// Reads an op that is literally in single-edit normal form; false for any other op, even one that would
    /// normalize to a single edit. The op must have passed <see cref="TextType.Check"/>.
    /// </summary>
    public static bool TryRead(TextOp op, out SingleEdit edit)
    {
        var components = op.Components;
        var i = 0;
        var position = 0;
        OpComponent insert = default, delete = default;
        if (i < components.Count && components[i].Kind == OpComponentKind.Retain)
        {
            position = components[i++].Count;
        }
        if (i < components.Count && components[i].Kind == OpComponentKind.Insert)
        {
            insert = components[i++];
        }
        if (i < components.Count && components[i].Kind == OpComponentKind.Delete)
        {
            delete = components[i++];
        }
        // A retain alone is a trailing retain, which normal form drops.
        if (i != components.Count || (position > 0 && insert.Count == 0 && delete.Count == 0))
        {
            edit = default;
            return false;
        }
        edit = new SingleEdit(op, position, insert, delete);
        return true;
    }

    /// <summary>
    /// This edit rewritten to apply after <paramref name="other"/> (both made on one document), as
    /// <see cref="TextType.Transform"/> does; false when the result is not a single edit or needs the general algorithm.
    /// </summary>
    public bool TryTransform(in SingleEdit other, TransformSide side, out SingleEdit result)
    {
        result = this;
        var otherEnd = other.Position + other.Deleted;
        if (other.Inserted == 0 && other.Deleted == 0)
        {
            return true;
        }
        if (Deleted == 0)
        {
            if (Inserted == 0 || Position < other.Position
                || (Position == other.Position && (other.Inserted == 0 || side == TransformSide.Left)))
            {
                return true;
            }
            // After the other's edit, or inside the range it deletes: then at its start, after its insert.
            result = MovedTo(Position >= otherEnd ? Position + other.Inserted - other.Deleted : other.Position + other.Inserted);
            return true;
        }
        if (Position + Deleted <= other.Position)
        {
            return true;
        }
        if (otherEnd < Position || (otherEnd == Position && (other.Deleted > 0 || Inserted == 0 || side == TransformSide.Right)))
        {
            result = MovedTo(Position + other.Inserted - other.Deleted);
            return true;
        }
        return false;
    }

    /// <summary>The edit as an op: the op it was read from when it has not moved.</summary>
    public TextOp ToOp()
    {
        if (_source is not null)
        {
            return _source;
        }
        var count = (Position > 0 ? 1 : 0) + (Inserted > 0 ? 1 : 0) + (Deleted > 0 ? 1 : 0);
        if (count == 0)
        {
            return TextOp.Identity;
        }
        var components = new OpComponent[count];
        var i = 0;
        if (Position > 0)
        {
            components[i++] = OpComponent.Retain(Position);
        }
        if (Inserted > 0)
        {
            components[i++] = InsertComponent;
        }
        if (Deleted > 0)
        {
            components[i] = DeleteComponent;
        }
        return new TextOp(components);
    }

    private SingleEdit MovedTo(int position) =>
        position == Position ? this : new SingleEdit(null, position, InsertComponent, DeleteComponent);
}
