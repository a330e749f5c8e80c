using CoDraft.Core.Storage;

namespace CoDraft.Server.Apis.Contracts;

/// <summary>One entry of a statement's history.</summary>
public sealed record RevisionView(Guid Id, long Version, RevisionKind Kind, string? Label, string Author, DateTimeOffset CreatedAt, string Sha256)
{
    /// <summary>The view of a stored revision.</summary>
    public static RevisionView From(Revision r) => new(r.Id, r.Version, r.Kind, r.Label, r.Author, r.CreatedAt, r.Sha256);
}
