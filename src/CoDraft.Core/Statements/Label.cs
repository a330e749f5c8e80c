using CoDraft.Core.Errors;
using CoDraft.Core.Text;

namespace CoDraft.Core.Statements;

/// <summary>Titles and revision labels: one line of well-formed text.</summary>
public static class Label
{
    /// <summary>Longest title or label, in UTF-16 units: a headline, not a paragraph.</summary>
    public const int MaxLength = 200;

    /// <summary>
    /// The trimmed label, or a <see cref="ErrorCodes.InvalidRequest"/> refusal naming <paramref name="field"/>
    /// (<see cref="ErrorCodes.TextInvalidCharacter"/> for a character XML 1.0 forbids, with its position).
    /// </summary>
    public static string Require(string? value, string field)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, $"{field} is required.");
        }
        // One line: a line break in a title is a mistake; the other characters XML forbids are refused by position.
        if (trimmed.Length > MaxLength || !CodePoints.IsWellFormed(trimmed) || trimmed.Contains('\n') || trimmed.Contains('\r'))
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, $"{field} must be one line of well-formed text of at most {MaxLength} characters.");
        }
        XmlSafeText.Require(trimmed, field);
        return trimmed;
    }
}
