using CoDraft.Core.Accounts;

namespace CoDraft.Server.Partnerships;

/// <summary>An invitation just created or sent again, with its token, which is never stored and never shown again.</summary>
/// <param name="Invitation">The stored invitation (the token's hash, whom it is for, its expiry).</param>
/// <param name="Token">The token the link carries.</param>
public sealed record IssuedInvitation(Invitation Invitation, string Token);
