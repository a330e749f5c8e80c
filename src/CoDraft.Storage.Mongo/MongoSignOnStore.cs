using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// Sign-on requests (schema 4). Each write is one single-document
/// operation guarded by a unique index or its filter, so none needs a transaction (docs/storage.md).
/// </summary>
public sealed class MongoSignOnStore(MongoStoreContext context) : ISignOnStore
{
    /// <inheritdoc />
    public async Task<bool> AddSignOnRequestAsync(SignOnRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        StatementGuards.ValidateNewSignOn(request);
        context.ThrowIfDisposed();
        _ = await context.FindHeadAsync(request.StatementId, cancellationToken) ?? throw MongoStoreContext.UnknownStatement(request.StatementId);
        try
        {
            await context.SignOnRequests.InsertOneAsync(SignOnRequestDocuments.ToBson(request), cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<SignOnRequest?> ModerateSignOnRequestAsync(
        Guid statementId, Guid requestId, SignOnStatus decision, string moderatedBy, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        StatementGuards.ValidateSignOnDecision(decision);
        ArgumentException.ThrowIfNullOrEmpty(moderatedBy);
        context.ThrowIfDisposed();
        var updated = await context.SignOnRequests.FindOneAndUpdateAsync(
            SignOnRequestDocuments.PendingById(statementId, requestId),
            SignOnRequestDocuments.Moderate(decision, moderatedBy, at),
            new FindOneAndUpdateOptions<BsonDocument> { ReturnDocument = ReturnDocument.After },
            cancellationToken);
        return updated is null ? null : SignOnRequestDocuments.FromBson(updated);
    }

    /// <inheritdoc />
    public async Task<SignOnRequest?> FindSignOnRequestAsync(Guid statementId, Guid requestId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.SignOnRequests.Find(SignOnRequestDocuments.ById(statementId, requestId)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : SignOnRequestDocuments.FromBson(found);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SignOnRequest>> ListSignOnRequestsAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.SignOnRequests.Find(SignOnRequestDocuments.OfStatement(statementId))
            .Sort(SignOnRequestDocuments.OldestFirst).ToListAsync(cancellationToken);
        return found.Select(SignOnRequestDocuments.FromBson).ToList();
    }
}
