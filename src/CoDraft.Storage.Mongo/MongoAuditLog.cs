using CoDraft.Core.Audit;
using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// The audit log: the next entry is computed from the last one read and inserted; the unique (statementId,
/// sequence) index refuses it when another writer appended entry n first, and the append is then computed again
/// on top of that entry. No transaction is needed: an entry is one document.
/// </summary>
public sealed class MongoAuditLog(MongoStoreContext context) : IAuditLog
{
    /// <summary>How many times an audit append is recomputed after losing to other writers of the same chain.</summary>
    private const int MaxAuditAttempts = 32;


    /// <inheritdoc />
    public async Task<AuditEntry> AppendAuditAsync(
        Guid statementId, DateTimeOffset at, string actor, string action, string details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(details);
        context.ThrowIfDisposed();
        _ = await context.FindHeadAsync(statementId, cancellationToken) ?? throw MongoStoreContext.UnknownStatement(statementId);
        for (var attempt = 1; ; attempt++)
        {
            var last = await context.Audit.Find(AuditDocuments.OfStatement(statementId))
                .Sort(AuditDocuments.NewestFirst)
                .Limit(1)
                .FirstOrDefaultAsync(cancellationToken);
            var entry = AuditChain.Next(last is null ? null : AuditDocuments.FromBson(last), statementId, at, actor, action, details);
            try
            {
                await context.Audit.InsertOneAsync(AuditDocuments.ToBson(entry), cancellationToken: cancellationToken);
                return entry;
            }
            catch (MongoException error) when (MongoErrors.IsDuplicateKey(error) && attempt < MaxAuditAttempts)
            {
                // Another writer appended this sequence number first: follow its entry instead.
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Audit.Find(AuditDocuments.OfStatement(statementId))
            .Sort(AuditDocuments.OldestFirst)
            .ToListAsync(cancellationToken);
        return found.Select(AuditDocuments.FromBson).ToList();
    }
}
