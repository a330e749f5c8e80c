using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>The op log: one document per op; appending is in the other part of this class.</summary>
public sealed partial class MongoOpLog(MongoStoreContext context) : IOpLog
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<CommittedOp>> ReadOpsAsync(
        Guid statementId, long afterVersion, long upToVersion, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Ops.Find(OpDocuments.InRange(statementId, afterVersion, upToVersion))
            .Sort(OpDocuments.OldestFirst)
            .ToListAsync(cancellationToken);
        return found.Select(OpDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<CommittedOp?> FindSubmissionAsync(
        Guid statementId, string clientId, long seq, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        context.ThrowIfDisposed();
        var found = await context.Ops.Find(OpDocuments.Submission(statementId, clientId, seq)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : OpDocuments.FromBson(found);
    }
}
