using CoDraft.Core.Errors;

namespace CoDraft.Core.Accounts;

/// <summary>Email addresses as people are identified by them: trimmed and lower-cased, so that one address is one person.</summary>
public static class EmailAddress
{
    /// <summary>Longest address a mail server accepts (RFC 5321 path limit).</summary>
    public const int MaxLength = 254;

    /// <summary>The normalised address, or a <see cref="ErrorCodes.InvalidRequest"/> refusal.</summary>
    public static string Normalize(string? value)
    {
        var email = value?.Trim().ToLowerInvariant();
        var at = email?.IndexOf('@') ?? -1;
        if (email is null || email.Length > MaxLength || at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 ||
            email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, "email must be an address like name@example.org.");
        }
        return email;
    }
}
