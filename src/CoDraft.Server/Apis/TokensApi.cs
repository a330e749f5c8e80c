using CoDraft.Core.Accounts;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Apis;

/// <summary>Personal access tokens for API and hub clients: created (shown once), listed, revoked.</summary>
public static class TokensApi
{
    /// <summary>Maps every route of this area under /api/tokens.</summary>
    public static IEndpointRouteBuilder MapTokensApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tokens").WithTags("Access tokens");

        api.MapPost("/", CreateToken).WithName("CreateToken").WithSummary("Create a personal access token; it is shown once");
        api.MapGet("/", ListTokens).WithName("ListTokens").WithSummary("The caller's tokens, without the tokens themselves");
        api.MapDelete("/{id:guid}", RevokeToken).WithName("RevokeToken").WithSummary("Revoke one of the caller's tokens");
        return app;
    }

    private static async Task<Created<TokenCreated>> CreateToken(
        CreateTokenRequest request, ICurrentPerson me, IAccountStore store, IOptions<AuthOptions> options, TimeProvider clock,
        ILogger<AccountService> logger, CancellationToken ct)
    {
        var name = Label.Require(request.Name, "name");
        var days = request.ExpiresInDays ?? options.Value.TokenDefaultDays;
        if (days < 1 || days > options.Value.TokenMaxDays)
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, $"expiresInDays must be 1 to {options.Value.TokenMaxDays}.");
        }
        var secret = SecretToken.Create(AccessTokenHandler.Prefix);
        var now = clock.GetUtcNow();
        var token = new AccessToken(Guid.NewGuid(), me.Id, name, SecretToken.Hash(secret), now, now.AddDays(days));
        await store.AddAccessTokenAsync(token, ct);
        Log.TokenCreated(logger, me.Id, token.Id);
        return TypedResults.Created($"/api/tokens/{token.Id}", new TokenCreated(token.Id, name, secret, token.ExpiresAt));
    }

    private static async Task<Ok<IReadOnlyList<TokenView>>> ListTokens(ICurrentPerson me, IAccountStore store, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var tokens = await store.ListAccessTokensAsync(me.Id, ct);
        return TypedResults.Ok<IReadOnlyList<TokenView>>(
            tokens.Select(t => new TokenView(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.IsActive(now))).ToList());
    }

    private static async Task<NoContent> RevokeToken(Guid id, ICurrentPerson me, IAccountStore store, TimeProvider clock, ILogger<AccountService> logger, CancellationToken ct)
    {
        if (!await store.RevokeAccessTokenAsync(me.Id, id, clock.GetUtcNow(), ct))
        {
            throw new CoDraftException(ErrorCodes.TokenNotFound, "You have no such unrevoked token.");
        }
        Log.TokenRevoked(logger, me.Id, id);
        return TypedResults.NoContent();
    }
}
