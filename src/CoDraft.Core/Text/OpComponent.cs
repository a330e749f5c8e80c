namespace CoDraft.Core.Text;

/// <summary>The three kinds of component an op is made of.</summary>
public enum OpComponentKind
{
    /// <summary>Skip over <see cref="OpComponent.Count"/> code points, unchanged.</summary>
    Retain,
    /// <summary>Insert <see cref="OpComponent.Text"/> at the cursor.</summary>
    Insert,
    /// <summary>Delete <see cref="OpComponent.Count"/> code points; <see cref="OpComponent.Text"/> keeps them when known.</summary>
    Delete,
}

/// <summary>
/// One component of a <see cref="TextOp"/>. <see cref="Count"/> is always a number of Unicode code points.
/// For <see cref="OpComponentKind.Insert"/> the text is required; for <see cref="OpComponentKind.Delete"/> it is the
/// deleted text, or null when a client sent only a count (the server fills it in before it stores the op).
/// </summary>
public readonly record struct OpComponent(OpComponentKind Kind, int Count, string? Text)
{
    /// <summary>Keep <paramref name="count"/> code points.</summary>
    public static OpComponent Retain(int count) => new(OpComponentKind.Retain, count, null);

    /// <summary>Insert <paramref name="text"/>.</summary>
    public static OpComponent Insert(string text) => new(OpComponentKind.Insert, CodePoints.Count(text), text);

    /// <summary>Delete <paramref name="text"/>, which must be the text at the cursor.</summary>
    public static OpComponent Delete(string text) => new(OpComponentKind.Delete, CodePoints.Count(text), text);

    /// <summary>Delete <paramref name="count"/> code points whose text is not known yet.</summary>
    public static OpComponent DeleteCount(int count) => new(OpComponentKind.Delete, count, null);
}
