namespace CoDraft.Core.Accounts;

/// <summary>
/// An organisation that takes part in statements. <see cref="Country"/> is an ISO 3166-1 alpha-2 code ("DE");
/// <see cref="Website"/> an absolute http(s) address or null.
/// </summary>
public sealed record Organisation(
    Guid Id,
    string Name,
    string Country,
    OrganisationType Type,
    string? Website,
    DateTimeOffset CreatedAt);
