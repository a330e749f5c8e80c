using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using CoDraft.StoreCopy;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>Reading and writing whole stores, for <c>store copy</c>.</summary>
public sealed class MongoStoreTransfer(MongoStoreContext context) : IStoreExport, IStoreImport
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<Person>> ListPeopleAsync(CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.People.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync(cancellationToken);
        return found.Select(PersonDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Invitation>> ListInvitationsAsync(CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Invitations.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync(cancellationToken);
        return found.Select(InvitationDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TextSnapshot>> ListSnapshotsAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Snapshots.Find(SnapshotDocuments.OfStatement(statementId))
            .Sort(SnapshotDocuments.OldestFirst)
            .ToListAsync(cancellationToken);
        return found.Select(SnapshotDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> ImportStatementAccessAsync(StatementAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        context.ThrowIfDisposed();
        _ = await context.FindHeadAsync(access.StatementId, cancellationToken) ?? throw MongoStoreContext.UnknownStatement(access.StatementId);
        try
        {
            await context.AccessDocuments.InsertOneAsync(StatementAccessDocuments.ToBson(access, access.Revision), cancellationToken: cancellationToken);
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
        context.ThrowIfDisposed();
        _ = await context.FindHeadAsync(lifecycle.StatementId, cancellationToken) ?? throw MongoStoreContext.UnknownStatement(lifecycle.StatementId);
        if (await context.Lifecycle.Find(LifecycleDocuments.ById(lifecycle.StatementId)).AnyAsync(cancellationToken))
        {
            return false;
        }
        await context.Lifecycle.UpdateOneAsync(
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
        context.ThrowIfDisposed();
        _ = await context.FindHeadAsync(publication.StatementId, cancellationToken) ?? throw MongoStoreContext.UnknownStatement(publication.StatementId);
        try
        {
            await context.Publications.InsertOneAsync(PublicationDocuments.ToBson(publication), cancellationToken: cancellationToken);
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
        context.ThrowIfDisposed();
        var round = record.Round;
        _ = await context.FindHeadAsync(round.StatementId, cancellationToken) ?? throw MongoStoreContext.UnknownStatement(round.StatementId);
        var position = await context.Rounds.CountDocumentsAsync(SignOffRoundDocuments.OfStatement(round.StatementId), cancellationToken: cancellationToken) + 1;
        var document = SignOffRoundDocuments.ToBson(round, position, record.OpenedBy, record.OpenedAt);
        document[SignOffRoundDocuments.Decisions] = new BsonArray(record.Decisions.Select(SignOffRoundDocuments.ToBson));
        try
        {
            await context.Rounds.InsertOneAsync(document, cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            return false;
        }
    }
}
