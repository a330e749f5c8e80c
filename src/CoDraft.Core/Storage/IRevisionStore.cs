namespace CoDraft.Core.Storage;

/// <summary>Revisions: named, automatic and candidate versions of a statement.</summary>
public interface IRevisionStore
{
    /// <summary>Stores a revision. Its text must already be stored as a snapshot at the same version.</summary>
    Task AddRevisionAsync(Revision revision, CancellationToken cancellationToken = default);

    /// <summary>The statement's revisions, oldest first.</summary>
    Task<IReadOnlyList<Revision>> ListRevisionsAsync(Guid statementId, CancellationToken cancellationToken = default);
}
