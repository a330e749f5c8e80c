namespace CoDraft.Protocol.Rest;

/// <summary>A new personal access token: a name to recognise it by, and its lifetime in days.</summary>
public sealed record CreateTokenRequest(string? Name, int? ExpiresInDays);

/// <summary>A token just created. <paramref name="Token"/> is shown this once and never again.</summary>
public sealed record TokenCreated(Guid Id, string Name, string Token, DateTimeOffset ExpiresAt);

/// <summary>One of the caller's tokens, without the token itself.</summary>
public sealed record TokenView(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, bool Active);
