using System.Security.Claims;

namespace CoDraft.Server.Auth;

/// <summary>The <see cref="ICurrentPerson"/> read from an authenticated principal made by <see cref="PrincipalFactory"/>.</summary>
public sealed record SignedInPerson(Guid Id, string Name, string Email, Guid? OrganisationId, string Organisation, bool IsAdministrator) : ICurrentPerson
{
    /// <summary>The person of <paramref name="user"/>, which must be signed in.</summary>
    /// <exception cref="InvalidOperationException">The principal is anonymous: the endpoint lacks an authorization requirement.</exception>
    public static SignedInPerson From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            throw new InvalidOperationException("No person is signed in; this endpoint must require authorization.");
        }
        return new SignedInPerson(
            id,
            user.FindFirstValue(ClaimTypes.Name) ?? string.Empty,
            user.FindFirstValue(ClaimTypes.Email) ?? string.Empty,
            Guid.TryParse(user.FindFirstValue(CoDraftClaims.OrganisationId), out var organisationId) ? organisationId : null,
            user.FindFirstValue(CoDraftClaims.OrganisationName) ?? string.Empty,
            user.HasClaim(CoDraftClaims.Administrator, "true"));
    }
}
