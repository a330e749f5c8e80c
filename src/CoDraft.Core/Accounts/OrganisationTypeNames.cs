namespace CoDraft.Core.Accounts;

/// <summary>
/// How people read each <see cref="OrganisationType"/>: on the public page and sign-on form, in the exports, and in
/// the web client's administration pages (client/src/account/organisationTypes.ts holds the same list, and a test
/// keeps the two equal).
/// </summary>
public static class OrganisationTypeNames
{
    /// <summary>Every type with its name, in the order forms offer them.</summary>
    public static readonly IReadOnlyList<(OrganisationType Type, string Name)> All =
    [
        (OrganisationType.Ngo, "NGO"),
        (OrganisationType.Network, "Network or federation"),
        (OrganisationType.Foundation, "Foundation"),
        (OrganisationType.Academic, "University or research institute"),
        (OrganisationType.Company, "Company"),
        (OrganisationType.PublicBody, "Public body"),
        (OrganisationType.Other, "Other"),
    ];

    /// <summary>"NGO", "Public body", …; an undefined value (which validation keeps out of the store) as its number.</summary>
    public static string Of(OrganisationType type)
    {
        foreach (var (t, name) in All)
        {
            if (t == type)
            {
                return name;
            }
        }
        return type.ToString();
    }
}
