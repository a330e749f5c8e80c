using CoDraft.Core.Drafting;
using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// The lifecycle state and the writes that depend on it. A check and the write after it are one transaction (a
/// replica set is needed, as for batch appends), and every such transaction writes the statement's lifecycle
/// document, so that concurrent ones conflict and the driver retries the loser on fresh data. The head version is
/// read from the op log itself, which is the truth even while a statement's <c>headVersion</c> lags behind it.
/// </summary>
public sealed partial class MongoDraftStore
{
    private IMongoCollection<BsonDocument> Lifecycle => database.GetCollection<BsonDocument>(LifecycleDocuments.Collection);

    /// <inheritdoc />
    public async Task<StatementLifecycle> FindLifecycleAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        _ = await FindHeadAsync(statementId, cancellationToken) ?? throw UnknownStatement(statementId);
        var found = await Lifecycle.Find(LifecycleDocuments.ById(statementId)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? StatementLifecycle.Initial(statementId) : LifecycleDocuments.FromBson(found);
    }

    /// <inheritdoc />
    public Task<bool> ChangeStateAsync(StateChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        change.Validate();
        ThrowIfDisposed();
        return InTransactionAsync(async (session, ct) =>
        {
            var (state, head) = await StateAndHeadAsync(session, change.StatementId, ct);
            if (state != change.From || (change.HeadVersion is { } expected && expected != head))
            {
                return false;
            }
            await SetStateAsync(session, change.StatementId, change.To, change.ChangedBy, change.At, ct);
            return true;
        }, cancellationToken);
    }

    private async Task<(StatementState State, long Head)> StateAndHeadAsync(IClientSessionHandle session, Guid statementId, CancellationToken cancellationToken)
    {
        var statement = await statements.Find(session, StatementDocuments.ById(statementId))
            .Project(StatementDocuments.HeadOnly)
            .FirstOrDefaultAsync(cancellationToken) ?? throw UnknownStatement(statementId);
        var latestOp = await opLog.Find(session, OpDocuments.OfStatement(statementId))
            .Sort(OpDocuments.NewestFirst)
            .Project(OpDocuments.VersionAndTimeOnly)
            .Limit(1)
            .FirstOrDefaultAsync(cancellationToken);
        var head = Math.Max(
            BsonValues.ReadLong(statement, StatementDocuments.HeadVersion),
            latestOp is null ? 0 : BsonValues.ReadLong(latestOp, OpDocuments.Version));
        var lifecycle = await Lifecycle.Find(session, LifecycleDocuments.ById(statementId)).FirstOrDefaultAsync(cancellationToken);
        return (lifecycle is null ? StatementState.Drafting : LifecycleDocuments.FromBson(lifecycle).State, head);
    }

    private Task SetStateAsync(IClientSessionHandle session, Guid statementId, StatementState state, string changedBy, DateTimeOffset at, CancellationToken cancellationToken) =>
        Lifecycle.UpdateOneAsync(session, LifecycleDocuments.ById(statementId), LifecycleDocuments.SetState(state, changedBy, at),
            new UpdateOptions { IsUpsert = true }, cancellationToken);

    private Task TouchLifecycleAsync(IClientSessionHandle session, Guid statementId, CancellationToken cancellationToken) =>
        Lifecycle.UpdateOneAsync(session, LifecycleDocuments.ById(statementId), LifecycleDocuments.Touch, cancellationToken: cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a transaction, retried by the driver on transient errors such as write conflicts.</summary>
    private async Task<T> InTransactionAsync<T>(Func<IClientSessionHandle, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        using var session = await client.StartSessionAsync(cancellationToken: cancellationToken);
        try
        {
            return await session.WithTransactionAsync(work, BatchTransaction, cancellationToken);
        }
        catch (Exception error) when (MongoErrors.TransactionsUnsupported(error))
        {
            throw new InvalidOperationException(
                $"Lifecycle, sign-off and publishing writes are transactions, and the MongoDB server at {Hosts} does not " +
                "support transactions: run it as a replica set (a single node will do, see docker-compose.yml).",
                error);
        }
    }
}
