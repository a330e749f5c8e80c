using System.Security.Claims;
using CoDraft.Core.Accounts;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoDraft.Server.Apis;

/// <summary>Sign-in and sign-out of browser sessions, the signed-in person, password change, anti-forgery tokens and first-run setup.</summary>
public static class AuthApi
{
    /// <summary>Maps every route of this area under /api/auth.</summary>
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Auth");

        api.MapPost("/sign-in", SignIn).WithName("SignIn").WithSummary("Start a browser session with email and password")
            .AllowAnonymous().RequireRateLimiting(SignInThrottle.SignInPolicy);
        // Cast: a handler that takes only an HttpContext would bind as a bare RequestDelegate and drop its 204.
        api.MapPost("/sign-out", (Delegate)SignOut).WithName("SignOut").WithSummary("End the browser session");
        api.MapGet("/me", Me).WithName("Me").WithSummary("The signed-in person");
        api.MapPost("/password", ChangePassword).WithName("ChangePassword").WithSummary("Change the password; ends other browser sessions")
            .RequireRateLimiting(SignInThrottle.SignInPolicy);
        api.MapGet("/antiforgery", Antiforgery).WithName("Antiforgery").WithSummary("An anti-forgery token for cookie-authenticated changes")
            .AllowAnonymous();
        api.MapPost("/setup", Setup).WithName("Setup").WithSummary("Create the first administrator with the one-time setup token")
            .AllowAnonymous().RequireRateLimiting(SignInThrottle.SignInPolicy);
        return app;
    }

    private static async Task<Ok<SignedInView>> SignIn(
        SignInRequest request, SignInService signIn, IAccountStore store, PrincipalFactory principals, IAntiforgery antiforgery,
        HttpContext http, CancellationToken ct)
    {
        var person = await signIn.VerifyAsync(request.Email, request.Password, ct);
        var csrf = await StartSessionAsync(http, person, principals, antiforgery, ct);
        return TypedResults.Ok(new SignedInView(await MeAsync(store, person, ct), csrf, AuthSchemes.AntiforgeryHeader));
    }

    private static async Task<NoContent> SignOut(HttpContext http)
    {
        await http.SignOutAsync(AuthSchemes.Cookie);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<MeView>> Me(ICurrentPerson me, IAccountStore store, CancellationToken ct)
    {
        var person = await store.FindPersonAsync(me.Id, ct) ?? throw new CoDraftException(ErrorCodes.PersonNotFound, "The signed-in person no longer exists.");
        return TypedResults.Ok(await MeAsync(store, person, ct));
    }

    private static async Task<Ok<SignedInView>> ChangePassword(
        ChangePasswordRequest request, ICurrentPerson me, AccountService accounts, IAccountStore store, PrincipalFactory principals,
        IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        var person = await accounts.ChangePasswordAsync(me.Id, request.CurrentPassword, request.NewPassword, ct);
        // The new security stamp ends every session, this one too; a browser gets a fresh one at once.
        var csrf = http.User.Identity?.AuthenticationType == AuthSchemes.Cookie
            ? await StartSessionAsync(http, person, principals, antiforgery, ct)
            : string.Empty;
        return TypedResults.Ok(new SignedInView(await MeAsync(store, person, ct), csrf, AuthSchemes.AntiforgeryHeader));
    }

    private static Ok<AntiforgeryView> Antiforgery(IAntiforgery antiforgery, HttpContext http) =>
        TypedResults.Ok(new AntiforgeryView(antiforgery.GetAndStoreTokens(http).RequestToken!, AuthSchemes.AntiforgeryHeader));

    private static async Task<Created<MeView>> Setup(SetupRequest request, AccountService accounts, IAccountStore store, CancellationToken ct)
    {
        var person = await accounts.SetUpAsync(request.Token, request.Email, request.Name, request.Password, ct);
        return TypedResults.Created("/api/auth/me", await MeAsync(store, person, ct));
    }

    /// <summary>Signs <paramref name="person"/> in with the session cookie and returns an anti-forgery token bound to them.</summary>
    internal static async Task<string> StartSessionAsync(
        HttpContext http, Person person, PrincipalFactory principals, IAntiforgery antiforgery, CancellationToken ct)
    {
        var principal = await principals.CreateAsync(person, AuthSchemes.Cookie, [new Claim(CoDraftClaims.SecurityStamp, person.SecurityStamp)], ct);
        await http.SignInAsync(AuthSchemes.Cookie, principal);
        http.User = principal;
        return antiforgery.GetAndStoreTokens(http).RequestToken!;
    }

    /// <summary>The view of a person with their organisation as stored now.</summary>
    internal static async Task<MeView> MeAsync(IAccountStore store, Person person, CancellationToken ct)
    {
        var membership = await store.FindMembershipAsync(person.Id, ct);
        var organisation = membership is null ? null : await store.FindOrganisationAsync(membership.OrganisationId, ct);
        return new MeView(
            person.Id, person.Email, person.Name, person.IsAdministrator,
            organisation is null ? null : new OrganisationRef(organisation.Id, organisation.Name),
            membership?.IsOrganisationAdmin ?? false);
    }
}
