using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Auth;

/// <summary>
/// Personal access tokens for API and hub clients. Only the token's hash is stored: the token itself exists once,
/// in what <see cref="CreateAsync"/> returns.
/// </summary>
public sealed class AccessTokenService(IAccountStore store, IOptions<AuthOptions> options, TimeProvider clock, ILogger<AccountService> logger)
{
    /// <summary>
    /// A new token of <paramref name="personId"/> named <paramref name="name"/>, valid for <paramref name="expiresInDays"/>
    /// days (the configured default when null, at most the configured maximum).
    /// </summary>
    public async Task<CreatedAccessToken> CreateAsync(Guid personId, string? name, int? expiresInDays, CancellationToken ct)
    {
        var label = Label.Require(name, "name");
        var days = expiresInDays ?? options.Value.TokenDefaultDays;
        if (days < 1 || days > options.Value.TokenMaxDays)
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, $"expiresInDays must be 1 to {options.Value.TokenMaxDays}.");
        }
        var secret = SecretToken.Create(AccessTokenHandler.Prefix);
        var now = clock.GetUtcNow();
        var token = new AccessToken(Guid.NewGuid(), personId, label, SecretToken.Hash(secret), now, now.AddDays(days));
        await store.AddAccessTokenAsync(token, ct);
        Log.TokenCreated(logger, personId, token.Id);
        return new CreatedAccessToken(token, secret);
    }

    /// <summary>Every token of <paramref name="personId"/>, revoked and expired ones too.</summary>
    public Task<IReadOnlyList<AccessToken>> ListAsync(Guid personId, CancellationToken ct) => store.ListAccessTokensAsync(personId, ct);

    /// <summary>Revokes one of <paramref name="personId"/>'s tokens; refused when they have no such unrevoked token.</summary>
    public async Task RevokeAsync(Guid personId, Guid tokenId, CancellationToken ct)
    {
        if (!await store.RevokeAccessTokenAsync(personId, tokenId, clock.GetUtcNow(), ct))
        {
            throw new CoDraftException(ErrorCodes.TokenNotFound, "You have no such unrevoked token.");
        }
        Log.TokenRevoked(logger, personId, tokenId);
    }
}
