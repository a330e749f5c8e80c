using CoDraft.Core.Accounts;

namespace CoDraft.Server.Auth;

/// <summary>A personal access token just created, with the token itself, which is never stored and never shown again.</summary>
/// <param name="Token">The stored token (its hash, name and lifetime).</param>
/// <param name="Secret">The token to hand to its owner.</param>
public sealed record CreatedAccessToken(AccessToken Token, string Secret);
