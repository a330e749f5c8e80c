using CoDraft.Core.Storage;

namespace CoDraft.Protocol.Rest;

/// <summary>One entry of a statement's history.</summary>
public sealed record RevisionView(Guid Id, long Version, RevisionKind Kind, string? Label, string Author, DateTimeOffset CreatedAt, string Sha256);
