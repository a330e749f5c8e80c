using System.Security.Claims;
using CoDraft.Core.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CoDraft.Server.Auth;

/// <summary>
/// Browser sessions: answer 401/403 instead of redirecting to a login page (this is an API), and check on every
/// request that the person still exists and has not changed their password since the session began (the
/// security stamp), rebuilding the principal from what is stored now.
/// </summary>
public sealed class CookieSessionEvents(IAccountStore store, PrincipalFactory principals) : CookieAuthenticationEvents
{
    /// <inheritdoc />
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var stamp = principal?.FindFirstValue(CoDraftClaims.SecurityStamp);
        var person = Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? await store.FindPersonAsync(id, context.HttpContext.RequestAborted)
            : null;
        if (person is null || person.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthSchemes.Cookie);
            return;
        }
        context.ReplacePrincipal(await principals.CreateAsync(
            person, AuthSchemes.Cookie, [new Claim(CoDraftClaims.SecurityStamp, person.SecurityStamp)], context.HttpContext.RequestAborted));
    }

    /// <inheritdoc />
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
