using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// Public slugs (schema 4). Each write is one single-document
/// operation guarded by a unique index or its filter, so none needs a transaction (docs/storage.md).
/// </summary>
public sealed class MongoPublicSlugStore(MongoStoreContext context) : IPublicSlugStore
{
    /// <inheritdoc />
    public async Task<string?> ClaimPublicSlugAsync(Guid statementId, string slug, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(slug);
        context.ThrowIfDisposed();
        if (await FindPublicSlugAsync(statementId, cancellationToken) is { } existing)
        {
            return existing;
        }
        _ = await context.FindHeadAsync(statementId, cancellationToken) ?? throw MongoStoreContext.UnknownStatement(statementId);
        try
        {
            await context.PublicSlugs.InsertOneAsync(PublicSlugDocuments.ToBson(statementId, slug, at), cancellationToken: cancellationToken);
            return slug;
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            // Either another claim for this statement won (its slug stands), or another statement holds the slug.
            return await FindPublicSlugAsync(statementId, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<string?> FindPublicSlugAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.PublicSlugs.Find(PublicSlugDocuments.ById(statementId)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : PublicSlugDocuments.ReadSlug(found);
    }

    /// <inheritdoc />
    public async Task<Guid?> FindStatementBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.PublicSlugs.Find(PublicSlugDocuments.BySlug(slug)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : PublicSlugDocuments.ReadStatementId(found);
    }
}
