using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using CoDraft.Core.Storage.Transfer;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>Reading and writing whole stores, for <c>store copy</c>.</summary>
public sealed partial class MongoDraftStore : IStoreExport, IStoreImport
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<Person>> ListPeopleAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var found = await people.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync(cancellationToken);
        return found.Select(PersonDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Invitation>> ListInvitationsAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var found = await invitations.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync(cancellationToken);
        return found.Select(InvitationDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TextSnapshot>> ListSnapshotsAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var found = await snapshots.Find(SnapshotDocuments.OfStatement(statementId))
            .Sort(SnapshotDocuments.OldestFirst)
            .ToListAsync(cancellationToken);
        return found.Select(SnapshotDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> ImportStatementAccessAsync(StatementAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ThrowIfDisposed();
        _ = await FindHeadAsync(access.StatementId, cancellationToken) ?? throw UnknownStatement(access.StatementId);
        try
        {
            await statementAccess.InsertOneAsync(StatementAccessDocuments.ToBson(access, access.Revision), cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            return false;
        }
    }
}
