using System.Security.Claims;
using System.Text.Encodings.Web;
using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Auth;

/// <summary>
/// Authenticates personal access tokens: <c>Authorization: Bearer cdp_…</c>, or <c>?access_token=cdp_…</c> on the
/// hub path only (browsers cannot set headers on a WebSocket). A token is looked up by its SHA-256 and must be
/// neither revoked nor expired. Failure messages never contain the token.
/// </summary>
public sealed class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IAccountStore store,
    PrincipalFactory principals,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>Every personal access token starts with this, so that one pasted somewhere can be recognised.</summary>
    public const string Prefix = "cdp_";

    /// <summary>The query parameter SignalR clients put the token in.</summary>
    public const string QueryParameter = "access_token";

    /// <summary>True when the request carries a token this handler reads (the default scheme then picks it).</summary>
    public static bool CarriesToken(HttpRequest request) => Read(request) is not null;

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Read(Request) is not { } token)
        {
            return AuthenticateResult.NoResult();
        }
        if (!token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("The bearer token is not a CoDraft access token.");
        }
        var found = await store.FindAccessTokenAsync(SecretToken.Hash(token), Context.RequestAborted);
        if (found is null || !found.IsActive(clock.GetUtcNow()))
        {
            return AuthenticateResult.Fail("The access token is unknown, revoked or expired.");
        }
        if (await store.FindPersonAsync(found.PersonId, Context.RequestAborted) is not { } person)
        {
            return AuthenticateResult.Fail("The access token's person no longer exists.");
        }
        var principal = await principals.CreateAsync(person, Scheme.Name, [new Claim(CoDraftClaims.TokenId, found.Id.ToString("D"))], Context.RequestAborted);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    private static string? Read(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }
        if (request.Path.StartsWithSegments(LiveConnectionPath.Value) && request.Query.TryGetValue(QueryParameter, out var value) && !string.IsNullOrEmpty(value))
        {
            return value.ToString();
        }
        return null;
    }
}
