namespace CoDraft.Core.Text;

/// <summary>
/// The OT type for CoDraft's text, after ottypes/text-unicode. Ops are <see cref="TextOp"/>s: retain n, insert text,
/// delete n (with the deleted text once the server knows it), all counted in Unicode code points; whatever an op
/// does not reach is retained. See docs/protocol.md, "Op format".
/// <para>
/// Normal form: no empty components, no two adjacent components of one kind, no trailing retain, and where an insert
/// and a delete meet at one position the insert comes first. Every call checks its ops first and throws
/// <see cref="InvalidOpException"/> for a bad one.
/// </para>
/// </summary>
public static partial class TextType
{
    /// <summary>
    /// Checks the op's structure, without a document: every count positive, every insert non-empty, every text
    /// well-formed UTF-16 and of the stated number of code points.
    /// </summary>
    /// <exception cref="InvalidOpException">The op is malformed.</exception>
    public static void Check(TextOp op)
    {
        ArgumentNullException.ThrowIfNull(op);
        if (op.ReadError is { } unreadable)
        {
            throw unreadable;
        }
        long baseLength = 0;
        // Indexed rather than foreach: enumerating the interface would allocate on every call of the commit path.
        var components = op.Components;
        for (var i = 0; i < components.Count; i++)
        {
            var c = components[i];
            if (c.Count <= 0)
            {
                throw new InvalidOpException(InvalidOpException.Malformed, $"A component has count {c.Count}; counts must be positive.");
            }
            switch (c.Kind)
            {
                case OpComponentKind.Retain when c.Text is not null:
                    throw new InvalidOpException(InvalidOpException.Malformed, "A retain carries text.");
                case OpComponentKind.Insert when c.Text is null:
                    throw new InvalidOpException(InvalidOpException.Malformed, "An insert has no text.");
                case OpComponentKind.Insert or OpComponentKind.Delete when c.Text is not null:
                    CheckText(c);
                    break;
                case OpComponentKind.Retain or OpComponentKind.Insert or OpComponentKind.Delete:
                    break;
                default:
                    throw new InvalidOpException(InvalidOpException.Malformed, $"Unknown component kind {c.Kind}.");
            }
            if (c.Kind != OpComponentKind.Insert)
            {
                baseLength += c.Count;
            }
        }
        if (baseLength > int.MaxValue)
        {
            throw new InvalidOpException(InvalidOpException.Malformed, "The op reaches past any document.");
        }
    }

    private static void CheckText(OpComponent c)
    {
        if (!CodePoints.IsWellFormed(c.Text))
        {
            throw new InvalidOpException(InvalidOpException.InvalidText, "Text contains a lone surrogate.");
        }
        if (CodePoints.Count(c.Text) != c.Count)
        {
            throw new InvalidOpException(InvalidOpException.Malformed, $"A {c.Kind} of {c.Count} code points carries text of another length.");
        }
    }

    /// <summary>
    /// The op in normal form: adjacent components of one kind merged, empty ones and a trailing retain dropped,
    /// and an insert placed before a delete at the same position. Applies to every document as the op did.
    /// </summary>
    /// <exception cref="InvalidOpException">The op is malformed.</exception>
    public static TextOp Normalize(TextOp op)
    {
        Check(op);
        return NormalizeChecked(op);
    }

    private static TextOp NormalizeChecked(TextOp op)
    {
        if (IsNormal(op))
        {
            return op;
        }
        var builder = new OpBuilder();
        foreach (var c in op.Components)
        {
            builder.Append(c);
        }
        return builder.Build();
    }

    /// <summary>True when a checked op is already in normal form, so that normalizing it would copy it unchanged.</summary>
    private static bool IsNormal(TextOp op)
    {
        var components = op.Components;
        for (var i = 1; i < components.Count; i++)
        {
            var (previous, kind) = (components[i - 1].Kind, components[i].Kind);
            if (previous == kind || (previous == OpComponentKind.Delete && kind == OpComponentKind.Insert))
            {
                return false;
            }
        }
        return components.Count == 0 || components[^1].Kind != OpComponentKind.Retain;
    }

    /// <summary>The least number of code points a document needs for the op to apply: its retains and deletes.</summary>
    /// <exception cref="InvalidOpException">The op is malformed.</exception>
    public static int BaseLength(TextOp op)
    {
        Check(op);
        return op.Components.Where(c => c.Kind != OpComponentKind.Insert).Sum(c => c.Count);
    }

    /// <summary>How many code points the op adds to a document's length (negative when it removes more).</summary>
    /// <exception cref="InvalidOpException">The op is malformed.</exception>
    public static long LengthChange(TextOp op)
    {
        Check(op);
        return op.Components.Sum(c => c.Kind switch
        {
            OpComponentKind.Insert => (long)c.Count,
            OpComponentKind.Delete => -(long)c.Count,
            _ => 0L,
        });
    }
}
