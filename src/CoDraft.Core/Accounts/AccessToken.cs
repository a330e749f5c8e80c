namespace CoDraft.Core.Accounts;

/// <summary>
/// A personal access token for API and hub clients. Only the SHA-256 of the token is stored
/// (<see cref="TokenHash"/>, see <see cref="SecretToken.Hash"/>); the token itself is shown once, when created.
/// It works until <see cref="ExpiresAt"/> or until it is revoked.
/// </summary>
public sealed record AccessToken(
    Guid Id,
    Guid PersonId,
    string Name,
    string TokenHash,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt = null)
{
    /// <summary>True when the token may be used at <paramref name="now"/>.</summary>
    public bool IsActive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
