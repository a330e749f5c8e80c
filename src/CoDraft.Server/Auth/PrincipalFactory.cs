using System.Security.Claims;
using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;

namespace CoDraft.Server.Auth;

/// <summary>
/// Builds a signed-in person's principal from what is stored now: every request rebuilds it (see
/// <see cref="CookieSessionEvents"/> and <see cref="AccessTokenHandler"/>), so a change of organisation or of
/// administrator rights takes effect at the next request, not at the next sign-in.
/// </summary>
public sealed class PrincipalFactory(IAccountStore store)
{
    /// <summary>The principal of <paramref name="person"/>, authenticated by <paramref name="scheme"/>.</summary>
    public async Task<ClaimsPrincipal> CreateAsync(Person person, string scheme, IEnumerable<Claim> extra, CancellationToken cancellationToken)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, person.Id.ToString("D")),
            new(ClaimTypes.Name, person.Name),
            new(ClaimTypes.Email, person.Email),
        };
        if (person.IsAdministrator)
        {
            claims.Add(new Claim(CoDraftClaims.Administrator, "true"));
        }
        if (await store.FindMembershipAsync(person.Id, cancellationToken) is { } membership &&
            await store.FindOrganisationAsync(membership.OrganisationId, cancellationToken) is { } organisation)
        {
            claims.Add(new Claim(CoDraftClaims.OrganisationId, organisation.Id.ToString("D")));
            claims.Add(new Claim(CoDraftClaims.OrganisationName, organisation.Name));
        }
        claims.AddRange(extra);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
