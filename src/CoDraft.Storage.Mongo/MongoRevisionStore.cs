using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>Revisions: one document each, naming a stored snapshot.</summary>
public sealed class MongoRevisionStore(MongoStoreContext context) : IRevisionStore
{
    /// <inheritdoc />
    /// <exception cref="StoreException">
    /// The statement does not exist, there is no snapshot at the revision's version, or the revision id is taken.
    /// </exception>
    public async Task AddRevisionAsync(Revision revision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(revision);
        context.ThrowIfDisposed();
        _ = await context.FindHeadAsync(revision.StatementId, cancellationToken) ?? throw MongoStoreContext.UnknownStatement(revision.StatementId);
        var snapshot = await context.Snapshots.Find(SnapshotDocuments.At(revision.StatementId, revision.Version))
            .Project(SnapshotDocuments.VersionOnly)
            .FirstOrDefaultAsync(cancellationToken);
        if (snapshot is null)
        {
            throw new StoreException(
                StoreException.SnapshotMissing,
                $"Statement {revision.StatementId} has no snapshot at version {revision.Version} to name as a revision.");
        }
        try
        {
            await context.Revisions.InsertOneAsync(RevisionDocuments.ToBson(revision), cancellationToken: cancellationToken);
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            throw new StoreException(StoreException.DuplicateRevision, $"Revision {revision.Id} already exists.");
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Revision>> ListRevisionsAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Revisions.Find(RevisionDocuments.OfStatement(statementId))
            .Sort(RevisionDocuments.OldestFirst)
            .ToListAsync(cancellationToken);
        return found.Select(RevisionDocuments.FromBson).ToList();
    }
}
