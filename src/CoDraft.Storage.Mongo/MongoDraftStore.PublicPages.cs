using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// Public slugs, sign-on requests, corrections and reconfirmations (schema 4). Each write is one single-document
/// operation guarded by a unique index or its filter, so none needs a transaction (docs/storage.md).
/// </summary>
public sealed partial class MongoDraftStore
{
    private IMongoCollection<BsonDocument> PublicSlugs => database.GetCollection<BsonDocument>(PublicSlugDocuments.Collection);
    private IMongoCollection<BsonDocument> SignOnRequests => database.GetCollection<BsonDocument>(SignOnRequestDocuments.Collection);
    private IMongoCollection<BsonDocument> Corrections => database.GetCollection<BsonDocument>(CorrectionDocuments.Collection);
    private IMongoCollection<BsonDocument> Reconfirmations => database.GetCollection<BsonDocument>(ReconfirmationDocuments.Collection);

    /// <inheritdoc />
    public async Task<string?> ClaimPublicSlugAsync(Guid statementId, string slug, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(slug);
        ThrowIfDisposed();
        if (await FindPublicSlugAsync(statementId, cancellationToken) is { } existing)
        {
            return existing;
        }
        _ = await FindHeadAsync(statementId, cancellationToken) ?? throw UnknownStatement(statementId);
        try
        {
            await PublicSlugs.InsertOneAsync(PublicSlugDocuments.ToBson(statementId, slug, at), cancellationToken: cancellationToken);
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
        ThrowIfDisposed();
        var found = await PublicSlugs.Find(PublicSlugDocuments.ById(statementId)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : PublicSlugDocuments.ReadSlug(found);
    }

    /// <inheritdoc />
    public async Task<Guid?> FindStatementBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var found = await PublicSlugs.Find(PublicSlugDocuments.BySlug(slug)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : PublicSlugDocuments.ReadStatementId(found);
    }

    /// <inheritdoc />
    public async Task<bool> AddSignOnRequestAsync(SignOnRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Status != SignOnStatus.Pending)
        {
            throw new ArgumentException("A new sign-on request is pending.", nameof(request));
        }
        ThrowIfDisposed();
        _ = await FindHeadAsync(request.StatementId, cancellationToken) ?? throw UnknownStatement(request.StatementId);
        try
        {
            await SignOnRequests.InsertOneAsync(SignOnRequestDocuments.ToBson(request), cancellationToken: cancellationToken);
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
        if (decision == SignOnStatus.Pending)
        {
            throw new ArgumentException("A request is moderated to Approved or Rejected.", nameof(decision));
        }
        ArgumentException.ThrowIfNullOrEmpty(moderatedBy);
        ThrowIfDisposed();
        var updated = await SignOnRequests.FindOneAndUpdateAsync(
            SignOnRequestDocuments.PendingById(statementId, requestId),
            SignOnRequestDocuments.Moderate(decision, moderatedBy, at),
            new FindOneAndUpdateOptions<BsonDocument> { ReturnDocument = ReturnDocument.After },
            cancellationToken);
        return updated is null ? null : SignOnRequestDocuments.FromBson(updated);
    }

    /// <inheritdoc />
    public async Task<SignOnRequest?> FindSignOnRequestAsync(Guid statementId, Guid requestId, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var found = await SignOnRequests.Find(SignOnRequestDocuments.ById(statementId, requestId)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : SignOnRequestDocuments.FromBson(found);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SignOnRequest>> ListSignOnRequestsAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var found = await SignOnRequests.Find(SignOnRequestDocuments.OfStatement(statementId))
            .Sort(SignOnRequestDocuments.OldestFirst).ToListAsync(cancellationToken);
        return found.Select(SignOnRequestDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> AddCorrectionAsync(Correction correction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correction);
        correction.Validate();
        ThrowIfDisposed();
        if (await FindPublicationAsync(correction.StatementId, cancellationToken) is null)
        {
            return false;
        }
        var last = await Corrections.Find(CorrectionDocuments.OfStatement(correction.StatementId))
            .Sort(CorrectionDocuments.NewestFirst).FirstOrDefaultAsync(cancellationToken);
        if (correction.Number != (last is null ? 0 : BsonValues.ReadLong(last, CorrectionDocuments.Number)) + 1)
        {
            return false;
        }
        try
        {
            await Corrections.InsertOneAsync(CorrectionDocuments.ToBson(correction), cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Correction>> ListCorrectionsAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var found = await Corrections.Find(CorrectionDocuments.OfStatement(statementId))
            .Sort(CorrectionDocuments.OldestFirst).ToListAsync(cancellationToken);
        return found.Select(CorrectionDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> SetReconfirmationAsync(Reconfirmation reconfirmation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reconfirmation);
        ArgumentException.ThrowIfNullOrEmpty(reconfirmation.PersonId);
        ThrowIfDisposed();
        if (!await Corrections.Find(CorrectionDocuments.ByNumber(reconfirmation.StatementId, reconfirmation.CorrectionNumber)).AnyAsync(cancellationToken))
        {
            return false;
        }
        var filter = ReconfirmationDocuments.Answer(reconfirmation.StatementId, reconfirmation.CorrectionNumber, reconfirmation.OrganisationId);
        try
        {
            await Reconfirmations.ReplaceOneAsync(filter, ReconfirmationDocuments.ToBson(reconfirmation), new ReplaceOptions { IsUpsert = true }, cancellationToken);
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            // Two first answers raced to insert: the other one is stored now, so this one replaces it.
            await Reconfirmations.ReplaceOneAsync(filter, ReconfirmationDocuments.ToBson(reconfirmation), cancellationToken: cancellationToken);
        }
        return true;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Reconfirmation>> ListReconfirmationsAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var found = await Reconfirmations.Find(ReconfirmationDocuments.OfStatement(statementId))
            .Sort(ReconfirmationDocuments.InOrder).ToListAsync(cancellationToken);
        return found.Select(ReconfirmationDocuments.FromBson).ToList();
    }
}
