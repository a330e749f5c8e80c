using CoDraft.Core.Errors;

namespace CoDraft.Core.Accounts;

/// <summary>Checks of an organisation's country and website, as given by a person.</summary>
public static class OrganisationFields
{
    /// <summary>Longest website address kept: a home page, not a tracking link.</summary>
    public const int MaxWebsiteLength = 500;

    /// <summary>The country as an upper-case ISO 3166-1 alpha-2 code ("de" becomes "DE"), or a refusal.</summary>
    public static string Country(string? value)
    {
        var code = value?.Trim().ToUpperInvariant();
        if (code is not { Length: 2 } || !code.All(char.IsAsciiLetterUpper))
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, "country must be a two-letter ISO 3166-1 code such as DE.");
        }
        return code;
    }

    /// <summary>The website as an absolute http(s) address, null when none is given, or a refusal.</summary>
    public static string? Website(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        if (trimmed.Length > MaxWebsiteLength || !Text.XmlSafeText.IsSafe(trimmed) ||
            !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) ||
            (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, $"website must be an http or https address of at most {MaxWebsiteLength} characters.");
        }
        return trimmed;
    }
}
