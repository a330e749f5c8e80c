namespace CoDraft.Client.Contracts;

/// <summary>A stored revision: <paramref name="Kind"/> is "Named", "Auto" or another kind the server names.</summary>
public sealed record RevisionInfo(Guid Id, long Version, string Kind, string? Label, string Author, DateTimeOffset CreatedAt, string Sha256);
