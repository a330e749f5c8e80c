using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// Appending to the op log. The op documents are the truth: the unique index on (statementId, version) lets one
/// writer of a version win, the one on (statementId, clientId, seq) catches resends. The statement's
/// <c>headVersion</c> follows the log: it is moved forward after a single op is inserted (no transaction), inside
/// the transaction of a batch, and caught up from the log whenever an append finds it behind. docs/storage.md
/// explains why that is enough.
/// </summary>
public sealed partial class MongoOpLog
{
    private static readonly InsertManyOptions InOrder = new() { IsOrdered = true };

    /// <inheritdoc />
    /// <remarks>
    /// The checks run in the SQLite adapter's order: unknown statement, then an earlier copy of any submission of the
    /// batch (the first in batch order wins), then the head version. A batch of more than one op is one transaction,
    /// which needs a replica set.
    /// </remarks>
    /// <exception cref="ArgumentException">The batch is empty, spans statements, or its versions or submissions are not consecutive and distinct.</exception>
    /// <exception cref="StoreException">The statement does not exist (<see cref="StoreException.UnknownStatement"/>).</exception>
    /// <exception cref="InvalidOperationException">A batch of more than one op was given to a standalone server.</exception>
    public async Task<AppendOutcome> AppendAsync(IReadOnlyList<CommittedOp> ops, CancellationToken cancellationToken = default)
    {
        AppendBatch.Validate(ops);
        context.ThrowIfDisposed();
        var statementId = ops[0].StatementId;
        var head = await context.FindHeadAsync(statementId, cancellationToken) ?? throw MongoStoreContext.UnknownStatement(statementId);
        if (await FindEarlierCopyAsync(ops, cancellationToken) is { } existingVersion)
        {
            return new AppendOutcome(AppendStatus.DuplicateSubmission, existingVersion);
        }
        if (ops[0].Version != head + 1)
        {
            await CatchUpHeadAsync(statementId, head, cancellationToken);
            return new AppendOutcome(AppendStatus.VersionConflict);
        }
        try
        {
            if (ops.Count == 1)
            {
                await InsertOneAsync(ops[0], cancellationToken);
            }
            else
            {
                await InsertBatchAsync(ops, cancellationToken);
            }
        }
        catch (MongoException error) when (MongoErrors.LostRace(error))
        {
            return await OutcomeOfLostRaceAsync(ops, head, cancellationToken);
        }
        return AppendOutcome.Committed;
    }

    private async Task InsertOneAsync(CommittedOp op, CancellationToken cancellationToken)
    {
        await context.Ops.InsertOneAsync(OpDocuments.ToBson(op), cancellationToken: cancellationToken);
        // The op is committed from here on. Should this process stop before the head moves, the next append that
        // finds the head behind the log catches it up (CatchUpHeadAsync).
        await context.Statements.UpdateOneAsync(
            StatementDocuments.HeadBelow(op.StatementId, op.Version),
            StatementDocuments.AdvanceHead(op.Version, op.CommittedAt),
            cancellationToken: cancellationToken);
    }

    private async Task InsertBatchAsync(IReadOnlyList<CommittedOp> ops, CancellationToken cancellationToken)
    {
        var last = ops[^1];
        using var session = await context.Client.StartSessionAsync(cancellationToken: cancellationToken);
        try
        {
            session.StartTransaction(MongoStoreContext.BatchTransaction);
            await context.Ops.InsertManyAsync(session, ops.Select(OpDocuments.ToBson), InOrder, cancellationToken);
            await context.Statements.UpdateOneAsync(
                session,
                StatementDocuments.HeadBelow(last.StatementId, last.Version),
                StatementDocuments.AdvanceHead(last.Version, last.CommittedAt),
                cancellationToken: cancellationToken);
            await session.CommitTransactionAsync(cancellationToken);
        }
        catch (Exception error) when (MongoErrors.TransactionsUnsupported(error))
        {
            throw new InvalidOperationException(
                $"Appending {ops.Count} ops at once is one transaction, and the MongoDB server at {context.Hosts} does not " +
                "support transactions: run it as a replica set (a single node will do, see docker-compose.yml).",
                error);
        }
    }

    /// <summary>
    /// A unique index or a write conflict stopped the append, so nothing of it was written. A resend racing its
    /// original shows up as a duplicate submission; anything else is a version another writer took.
    /// </summary>
    private async Task<AppendOutcome> OutcomeOfLostRaceAsync(
        IReadOnlyList<CommittedOp> ops, long head, CancellationToken cancellationToken)
    {
        if (await FindEarlierCopyAsync(ops, cancellationToken) is { } existingVersion)
        {
            return new AppendOutcome(AppendStatus.DuplicateSubmission, existingVersion);
        }
        await CatchUpHeadAsync(ops[0].StatementId, head, cancellationToken);
        return new AppendOutcome(AppendStatus.VersionConflict);
    }

    /// <summary>The version of the first op of the batch, in batch order, whose submission is already in the log.</summary>
    private async Task<long?> FindEarlierCopyAsync(IReadOnlyList<CommittedOp> ops, CancellationToken cancellationToken)
    {
        var found = await context.Ops.Find(OpDocuments.AnySubmission(ops[0].StatementId, ops.Select(op => (op.ClientId, op.Seq))))
            .Project(OpDocuments.SubmissionOnly)
            .ToListAsync(cancellationToken);
        if (found.Count == 0)
        {
            return null;
        }
        var versions = found.ToDictionary(
            d => (BsonValues.ReadString(d, OpDocuments.ClientId), BsonValues.ReadLong(d, OpDocuments.Seq)),
            d => BsonValues.ReadLong(d, OpDocuments.Version));
        foreach (var op in ops)
        {
            if (versions.TryGetValue((op.ClientId, op.Seq), out var version))
            {
                return version;
            }
        }
        return null;
    }

    /// <summary>
    /// Moves the statement's head to the last op of its log when it lags behind, as it does after a process stopped
    /// between inserting an op and moving the head. Without this, writers reading the lagging head would conflict
    /// for ever.
    /// </summary>
    private async Task CatchUpHeadAsync(Guid statementId, long head, CancellationToken cancellationToken)
    {
        var latest = await context.Ops.Find(OpDocuments.OfStatement(statementId))
            .Sort(OpDocuments.NewestFirst)
            .Project(OpDocuments.VersionAndTimeOnly)
            .Limit(1)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return;
        }
        var version = BsonValues.ReadLong(latest, OpDocuments.Version);
        if (version > head)
        {
            await context.Statements.UpdateOneAsync(
                StatementDocuments.HeadBelow(statementId, version),
                StatementDocuments.AdvanceHead(version, BsonValues.ReadTime(latest, OpDocuments.CommittedAt)),
                cancellationToken: cancellationToken);
        }
    }
}
