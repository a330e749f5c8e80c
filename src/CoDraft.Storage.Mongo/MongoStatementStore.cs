using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>Statements: one document each, with the head version the op log moves.</summary>
public sealed class MongoStatementStore(MongoStoreContext context) : IStatementStore
{
    /// <inheritdoc />
    /// <exception cref="StoreException">A statement with this id exists (<see cref="StoreException.DuplicateStatement"/>).</exception>
    public async Task CreateStatementAsync(StatementRecord statement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        context.ThrowIfDisposed();
        var empty = statement with { Version = 0, UpdatedAt = statement.CreatedAt };
        try
        {
            await context.Statements.InsertOneAsync(StatementDocuments.ToBson(empty), cancellationToken: cancellationToken);
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            throw new StoreException(StoreException.DuplicateStatement, $"Statement {statement.Id} already exists.");
        }
    }

    /// <inheritdoc />
    public async Task<StatementRecord?> FindStatementAsync(Guid id, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Statements.Find(StatementDocuments.ById(id)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : StatementDocuments.FromBson(found);
    }

    /// <inheritdoc />
    /// <remarks>Newest means most recently created; statements created in the same millisecond come in descending id order.</remarks>
    public async Task<IReadOnlyList<StatementRecord>> ListStatementsAsync(CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Statements.Find(FilterDefinition<BsonDocument>.Empty)
            .Sort(StatementDocuments.NewestFirst)
            .ToListAsync(cancellationToken);
        return found.Select(StatementDocuments.FromBson).ToList();
    }
}
