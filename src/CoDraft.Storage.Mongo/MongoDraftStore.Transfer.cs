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

    /// <inheritdoc />
    /// <remarks>A check and then an upsert, not one atomic write: <c>store copy</c> is the only caller, into a store nobody else writes.</remarks>
    public async Task<bool> ImportLifecycleAsync(StatementLifecycle lifecycle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        ThrowIfDisposed();
        _ = await FindHeadAsync(lifecycle.StatementId, cancellationToken) ?? throw UnknownStatement(lifecycle.StatementId);
        if (await Lifecycle.Find(LifecycleDocuments.ById(lifecycle.StatementId)).AnyAsync(cancellationToken))
        {
            return false;
        }
        await Lifecycle.UpdateOneAsync(
            LifecycleDocuments.ById(lifecycle.StatementId),
            LifecycleDocuments.SetState(lifecycle.State, lifecycle.ChangedBy ?? string.Empty, lifecycle.ChangedAt ?? DateTimeOffset.UnixEpoch),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task<bool> ImportPublicationAsync(Publication publication, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ThrowIfDisposed();
        _ = await FindHeadAsync(publication.StatementId, cancellationToken) ?? throw UnknownStatement(publication.StatementId);
        try
        {
            await Publications.InsertOneAsync(PublicationDocuments.ToBson(publication), cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<bool> ImportRoundAsync(SignOffRoundRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ThrowIfDisposed();
        var round = record.Round;
        _ = await FindHeadAsync(round.StatementId, cancellationToken) ?? throw UnknownStatement(round.StatementId);
        var position = await Rounds.CountDocumentsAsync(SignOffRoundDocuments.OfStatement(round.StatementId), cancellationToken: cancellationToken) + 1;
        var document = SignOffRoundDocuments.ToBson(round, position, record.OpenedBy, record.OpenedAt);
        document[SignOffRoundDocuments.Decisions] = new BsonArray(record.Decisions.Select(SignOffRoundDocuments.ToBson));
        try
        {
            await Rounds.InsertOneAsync(document, cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            return false;
        }
    }
}
