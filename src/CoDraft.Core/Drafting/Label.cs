using CoDraft.Core.Errors;
using CoDraft.Core.Text;

namespace CoDraft.Core.Drafting;

/// <summary>Titles and revision labels: one line of well-formed text.</summary>
public static class Label
{
    /// <summary>Longest title or label, in UTF-16 units: a headline, not a paragraph.</summary>
    public const int MaxLength = 200;

    /// <summary>The trimmed label, or a <see cref="ErrorCodes.InvalidRequest"/> refusal naming <paramref name="field"/>.</summary>
    public static string Require(string? value, string field)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, $"{field} is required.");
        }
        if (trimmed.Length > MaxLength || !CodePoints.IsWellFormed(trimmed) || trimmed.Contains('\n'))
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, $"{field} must be one line of well-formed text of at most {MaxLength} characters.");
        }
        return trimmed;
    }
}
