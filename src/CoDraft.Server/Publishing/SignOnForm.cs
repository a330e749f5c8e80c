using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;
using CoDraft.Core.Publishing;
using CoDraft.Core.Text;

namespace CoDraft.Server.Publishing;

/// <summary>
/// The sign-on form as submitted (HTML form fields or the JSON body; the names are the same). <see cref="Homepage"/>
/// is the honeypot: hidden from people, so only a bot fills it in.
/// </summary>
public sealed record SignOnForm(
    string? Organisation,
    string? Country,
    string? Type,
    string? Website,
    string? ContactPerson,
    string? Email,
    bool Consent,
    string? Homepage = null)
{
    /// <summary>Longest organisation or person name kept.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The field names, as in the form and in <c>errors</c> of a refusal.</summary>
    public static readonly IReadOnlyList<string> Fields = ["organisation", "country", "type", "website", "contactPerson", "email", "consent"];

    /// <summary>True when the honeypot field was filled in.</summary>
    public bool IsBot => !string.IsNullOrWhiteSpace(Homepage);

    /// <summary>Checks every field; the cleaned values, or one message per invalid field (in form order).</summary>
    public (CleanSignOn? Clean, IReadOnlyDictionary<string, string> Errors) Validate()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = Name(Organisation, "organisation", "Enter the organisation's name.", errors);
        if (name is not null && OrganisationName.Normalise(name).Length == 0)
        {
            errors["organisation"] = "The organisation's name needs letters or digits.";
        }
        var country = Try(() => OrganisationFields.Country(Country), "country", "Enter the country as a two-letter code such as DE.", errors);
        OrganisationType? type = Enum.TryParse<OrganisationType>(Type?.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(Type, out _)
            ? parsed
            : null;
        if (type is null)
        {
            errors["type"] = "Choose the type of organisation.";
        }
        var website = Try(() => OrganisationFields.Website(Website), "website", "Enter the website as an address starting with https:// (or leave it empty).", errors);
        var contact = Name(ContactPerson, "contactPerson", "Enter the name of a contact person.", errors);
        var email = Try(() => EmailAddress.Normalize(Email), "email", "Enter an email address like name@example.org.", errors);
        if (!Consent)
        {
            errors["consent"] = "Tick the box to agree that the organisation is listed in public.";
        }
        if (errors.Count > 0)
        {
            return (null, Fields.Where(errors.ContainsKey).ToDictionary(f => f, f => errors[f]));
        }
        return (new CleanSignOn(name!, country!, type!.Value, website, contact!, email!), errors);
    }

    private static string? Name(string? value, string field, string missing, Dictionary<string, string> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors[field] = missing;
            return null;
        }
        if (trimmed.Length > MaxNameLength || trimmed.Any(char.IsControl))
        {
            errors[field] = $"Use at most {MaxNameLength} characters, on one line.";
            return null;
        }
        if (XmlSafeText.FindForbidden(trimmed) is { } found)
        {
            errors[field] = $"Remove the character that cannot be shown (at position {found.Position + 1}).";
            return null;
        }
        return trimmed;
    }

    private static T? Try<T>(Func<T> read, string field, string message, Dictionary<string, string> errors)
    {
        try
        {
            return read();
        }
        catch (CoDraftException)
        {
            errors[field] = message;
            return default;
        }
    }
}

/// <summary>A sign-on form whose every field is valid, trimmed and normalised.</summary>
public sealed record CleanSignOn(string Organisation, string Country, OrganisationType Type, string? Website, string ContactPerson, string Email);
