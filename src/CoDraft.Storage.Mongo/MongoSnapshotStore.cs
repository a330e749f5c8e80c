using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>Text snapshots: one document per (statement, version).</summary>
public sealed class MongoSnapshotStore(MongoStoreContext context) : ISnapshotStore
{
    /// <inheritdoc />
    /// <exception cref="StoreException">The statement does not exist (<see cref="StoreException.UnknownStatement"/>).</exception>
    public async Task SaveSnapshotAsync(TextSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        context.ThrowIfDisposed();
        _ = await context.FindHeadAsync(snapshot.StatementId, cancellationToken) ?? throw MongoStoreContext.UnknownStatement(snapshot.StatementId);
        try
        {
            await context.Snapshots.UpdateOneAsync(
                SnapshotDocuments.At(snapshot.StatementId, snapshot.Version),
                SnapshotDocuments.InsertText(snapshot.Text),
                new UpdateOptions { IsUpsert = true },
                cancellationToken);
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            // A concurrent save of the same version inserted first; the first text is the one kept, as promised.
        }
    }

    /// <inheritdoc />
    public async Task<TextSnapshot?> FindSnapshotAsync(Guid statementId, long version, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Snapshots.Find(SnapshotDocuments.AtOrBefore(statementId, version))
            .Sort(SnapshotDocuments.NewestFirst)
            .Limit(1)
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : SnapshotDocuments.FromBson(found);
    }
}
