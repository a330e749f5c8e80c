using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// The transactions that guarded writes share (lifecycle, sign-off, publishing, store import). A check and the write
/// after it are one transaction (a replica set is needed, as for batch appends), and every such transaction writes the
/// statement's lifecycle document, so that concurrent ones conflict and the driver retries the loser on fresh data.
/// The head version is read from the op log itself, which is the truth even while a statement's <c>headVersion</c>
/// lags behind it.
/// </summary>
public sealed partial class MongoStoreContext
{
    /// <summary>A property, not a field: static fields of partial files initialise in no defined order.</summary>
    internal static TransactionOptions BatchTransaction => new(writeConcern: Durable);

    /// <summary>The statement's state and head version inside <paramref name="session"/>'s transaction.</summary>
    internal async Task<(StatementState State, long Head)> StateAndHeadAsync(IClientSessionHandle session, Guid statementId, CancellationToken cancellationToken)
    {
        var statement = await Statements.Find(session, StatementDocuments.ById(statementId))
            .Project(StatementDocuments.HeadOnly)
            .FirstOrDefaultAsync(cancellationToken) ?? throw UnknownStatement(statementId);
        var latestOp = await Ops.Find(session, OpDocuments.OfStatement(statementId))
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

    /// <summary>Stores the statement's new state inside <paramref name="session"/>'s transaction.</summary>
    internal Task SetStateAsync(IClientSessionHandle session, Guid statementId, StatementState state, string changedBy, DateTimeOffset at, CancellationToken cancellationToken) =>
        Lifecycle.UpdateOneAsync(session, LifecycleDocuments.ById(statementId), LifecycleDocuments.SetState(state, changedBy, at),
            new UpdateOptions { IsUpsert = true }, cancellationToken);

    /// <summary>Writes the lifecycle document without changing it, so that a concurrent guarded write conflicts.</summary>
    internal Task TouchLifecycleAsync(IClientSessionHandle session, Guid statementId, CancellationToken cancellationToken) =>
        Lifecycle.UpdateOneAsync(session, LifecycleDocuments.ById(statementId), LifecycleDocuments.Touch, cancellationToken: cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a transaction, retried by the driver on transient errors such as write conflicts.</summary>
    internal async Task<T> InTransactionAsync<T>(Func<IClientSessionHandle, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        using var session = await Client.StartSessionAsync(cancellationToken: cancellationToken);
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
