using System.Text;
using CoDraft.Core.Errors;

namespace CoDraft.Core.Text;

/// <summary>
/// The characters CoDraft stores in text people write: everything XML 1.0 allows (tab, line feed, carriage return,
/// U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and up). The rest (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE,
/// U+FFFF, lone surrogates) cannot be written to an Atom feed or any other XML a statement is published as, so every
/// write path refuses them and every public writer drops what an older store may still hold.
/// </summary>
public static class XmlSafeText
{
    /// <summary>True when the code point may appear in an XML 1.0 document.</summary>
    public static bool IsAllowed(int codePoint) =>
        codePoint is 0x9 or 0xA or 0xD
        || codePoint is >= 0x20 and <= 0xD7FF
        || codePoint is >= 0xE000 and <= 0xFFFD
        || codePoint is >= 0x10000 and <= 0x10FFFF;

    /// <summary>
    /// The code point index and value of the first character XML 1.0 forbids (a lone surrogate counts as one code
    /// point), or null when there is none.
    /// </summary>
    public static (int Position, int CodePoint)? FindForbidden(ReadOnlySpan<char> text)
    {
        var position = 0;
        for (var i = 0; i < text.Length; i++, position++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c) || !IsAllowed(c))
            {
                return (position, c);
            }
        }
        return null;
    }

    /// <summary>True when <paramref name="text"/> has no character XML 1.0 forbids.</summary>
    public static bool IsSafe(ReadOnlySpan<char> text) => FindForbidden(text) is null;

    /// <summary>
    /// Refuses <paramref name="text"/> with <see cref="ErrorCodes.TextInvalidCharacter"/> naming <paramref name="field"/>
    /// and the position when it holds a character XML 1.0 forbids. Lone surrogates are refused as such
    /// (<see cref="ErrorCodes.TextInvalid"/>), as before.
    /// </summary>
    /// <param name="text">The text as given.</param>
    /// <param name="field">The field's name, as the client sent it ("title", "text", "reason").</param>
    /// <param name="offset">Added to the position: where <paramref name="text"/> starts in the field (an insert's place in the text).</param>
    public static void Require(ReadOnlySpan<char> text, string field, int offset = 0)
    {
        if (FindForbidden(text) is not { } found)
        {
            return;
        }
        if (char.IsSurrogate((char)found.CodePoint))
        {
            throw new CoDraftException(ErrorCodes.TextInvalid, $"{field} contains a lone UTF-16 surrogate.");
        }
        throw new InvalidCharacterException(field, offset + found.Position, found.CodePoint);
    }

    /// <summary>
    /// Refuses an op that inserts a character XML 1.0 forbids, naming its position in the text the op was made on.
    /// Deletes are not checked: removing such a character (which an older store may hold) must stay possible.
    /// </summary>
    public static void RequireInserts(TextOp op, string field)
    {
        ArgumentNullException.ThrowIfNull(op);
        var position = 0;
        var components = op.Components;
        for (var i = 0; i < components.Count; i++)
        {
            var c = components[i];
            if (c.Kind == OpComponentKind.Insert)
            {
                if (c.Text is { } inserted)
                {
                    Require(inserted, field, position);
                }
            }
            else
            {
                position += c.Count;
            }
        }
    }

    /// <summary>
    /// <paramref name="text"/> without the characters XML 1.0 forbids: lone surrogates become U+FFFD, vertical tab
    /// and form feed become a line feed (how a word processor meant them), every other forbidden character is dropped.
    /// Returns the same instance when there is nothing to change.
    /// </summary>
    public static string Clean(string text)
    {
        if (IsSafe(text))
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
            }
            else if (c is '\v' or '\f')
            {
                clean.Append('\n');
            }
            else if (IsAllowed(c))
            {
                clean.Append(c);
            }
        }
        return clean.ToString();
    }
}
