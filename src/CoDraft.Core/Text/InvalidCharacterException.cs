using CoDraft.Core.Errors;

namespace CoDraft.Core.Text;

/// <summary>
/// A field holds a character XML 1.0 forbids (see <see cref="XmlSafeText"/>). Answered with
/// <see cref="ErrorCodes.TextInvalidCharacter"/>, the field and the code point index, so a client can point at it.
/// </summary>
public sealed class InvalidCharacterException(string field, int position, int codePoint)
    : CoDraftException(ErrorCodes.TextInvalidCharacter, $"{field} contains the control character U+{codePoint:X4} at position {position} (code points from 0); remove it.")
{
    /// <summary>The field, as the client named it.</summary>
    public string Field { get; } = field;

    /// <summary>The character's index in the field, in code points.</summary>
    public int Position { get; } = position;

    /// <summary>The character itself.</summary>
    public int CodePoint { get; } = codePoint;
}
