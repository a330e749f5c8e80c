using CoDraft.Protocol.Rest;
using CoDraft.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

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
        CreateTokenRequest request, ICurrentPerson me, AccessTokenService tokens, CancellationToken ct)
    {
        var (token, secret) = await tokens.CreateAsync(me.Id, request.Name, request.ExpiresInDays, ct);
        return TypedResults.Created($"/api/tokens/{token.Id}", new TokenCreated(token.Id, token.Name, secret, token.ExpiresAt));
    }

    private static async Task<Ok<IReadOnlyList<TokenView>>> ListTokens(ICurrentPerson me, AccessTokenService tokens, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var list = await tokens.ListAsync(me.Id, ct);
        return TypedResults.Ok<IReadOnlyList<TokenView>>(
            list.Select(t => new TokenView(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.IsActive(now))).ToList());
    }

    private static async Task<NoContent> RevokeToken(Guid id, ICurrentPerson me, AccessTokenService tokens, CancellationToken ct)
    {
        await tokens.RevokeAsync(me.Id, id, ct);
        return TypedResults.NoContent();
    }
}
