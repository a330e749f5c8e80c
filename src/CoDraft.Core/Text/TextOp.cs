using System.Text.Json.Serialization;

namespace CoDraft.Core.Text;

/// <summary>
/// An operation on a text document, in the manner of ottypes/text-unicode.
/// <para>
/// An op is a list of components walked left to right over the document, with a cursor starting at 0:
/// retain(n) moves the cursor over n code points, insert(s) inserts s at the cursor, delete(n, text) removes the
/// n code points at the cursor (their text kept, so the op can be inverted and redlined). Whatever the op does not
/// reach is retained implicitly. All counts are Unicode code points, never UTF-16 units.
/// </para>
/// <para>
/// JSON: an array in which a number is a retain, a string an insert and <c>{"d": "text"}</c> a delete
/// (<c>{"d": n}</c> when only the count is known), e.g. <c>[5, "hi", {"d": "old"}]</c>. See docs/protocol.md.
/// </para>
/// </summary>
[JsonConverter(typeof(TextOpJsonConverter))]
public sealed class TextOp : IEquatable<TextOp>
{
    /// <summary>The op that changes nothing.</summary>
    public static readonly TextOp Identity = new([]);

    /// <summary>Creates an op from its components, as given (see <c>TextType.Normalize</c>).</summary>
    public TextOp(IReadOnlyList<OpComponent> components) => Components = components;

    /// <summary>The components, in document order.</summary>
    public IReadOnlyList<OpComponent> Components { get; }

    /// <summary>
    /// Set when the op was read from JSON that is not an op at all. Reading never throws, so that a bad op from a
    /// client reaches <see cref="TextType.Check"/> and is refused there with a stable code, like any other bad op.
    /// </summary>
    internal InvalidOpException? ReadError { get; private init; }

    /// <summary>
    /// An op that stands for input in another wire format (MessagePack) that is not an op: every <see cref="TextType"/>
    /// call refuses it with <c>op.malformed</c> and <paramref name="message"/>, as for unreadable JSON.
    /// </summary>
    public static TextOp Malformed(string message) => Unreadable(InvalidOpException.Malformed, message);

    /// <summary>An op that stands for unreadable input; every <see cref="TextType"/> call refuses it.</summary>
    internal static TextOp Unreadable(string code, string message) => new([]) { ReadError = new InvalidOpException(code, message) };

    /// <summary>True when the op has no effect on any document.</summary>
    public bool IsNoOp => Components.All(c => c.Kind == OpComponentKind.Retain || c.Count == 0);

    /// <inheritdoc />
    public bool Equals(TextOp? other) => other is not null && Components.SequenceEqual(other.Components);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextOp other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var c in Components)
        {
            hash.Add(c);
        }
        return hash.ToHashCode();
    }

    /// <summary>The op's JSON form.</summary>
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(this);
}
