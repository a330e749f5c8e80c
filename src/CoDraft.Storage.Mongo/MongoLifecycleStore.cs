using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
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
public sealed class MongoLifecycleStore(MongoStoreContext context) : ILifecycleStore
{
    /// <inheritdoc />
    public async Task<StatementLifecycle> FindLifecycleAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        _ = await context.FindHeadAsync(statementId, cancellationToken) ?? throw MongoStoreContext.UnknownStatement(statementId);
        var found = await context.Lifecycle.Find(LifecycleDocuments.ById(statementId)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? StatementLifecycle.Initial(statementId) : LifecycleDocuments.FromBson(found);
    }

    /// <inheritdoc />
    public Task<bool> ChangeStateAsync(StateChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        change.Validate();
        context.ThrowIfDisposed();
        return context.InTransactionAsync(async (session, ct) =>
        {
            var (state, head) = await context.StateAndHeadAsync(session, change.StatementId, ct);
            if (!StatementGuards.CanChangeState(change, state, head))
            {
                return false;
            }
            await context.SetStateAsync(session, change.StatementId, change.To, change.ChangedBy, change.At, ct);
            return true;
        }, cancellationToken);
    }
}
