using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// Corrections and reconfirmations (schema 4). Each write is one single-document
/// operation guarded by a unique index or its filter, so none needs a transaction (docs/storage.md).
/// </summary>
public sealed class MongoCorrectionStore(MongoStoreContext context) : ICorrectionStore
{
    /// <inheritdoc />
    public async Task<bool> AddCorrectionAsync(Correction correction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correction);
        correction.Validate();
        context.ThrowIfDisposed();
        if (await context.Publications.Find(PublicationDocuments.ById(correction.StatementId)).FirstOrDefaultAsync(cancellationToken) is null)
        {
            return false;
        }
        var last = await context.Corrections.Find(CorrectionDocuments.OfStatement(correction.StatementId))
            .Sort(CorrectionDocuments.NewestFirst).FirstOrDefaultAsync(cancellationToken);
        if (!StatementGuards.IsNextCorrection(correction, last is null ? 0 : BsonValues.ReadLong(last, CorrectionDocuments.Number)))
        {
            return false;
        }
        try
        {
            await context.Corrections.InsertOneAsync(CorrectionDocuments.ToBson(correction), cancellationToken: cancellationToken);
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
        context.ThrowIfDisposed();
        var found = await context.Corrections.Find(CorrectionDocuments.OfStatement(statementId))
            .Sort(CorrectionDocuments.OldestFirst).ToListAsync(cancellationToken);
        return found.Select(CorrectionDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> SetReconfirmationAsync(Reconfirmation reconfirmation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reconfirmation);
        ArgumentException.ThrowIfNullOrEmpty(reconfirmation.PersonId);
        context.ThrowIfDisposed();
        if (!await context.Corrections.Find(CorrectionDocuments.ByNumber(reconfirmation.StatementId, reconfirmation.CorrectionNumber)).AnyAsync(cancellationToken))
        {
            return false;
        }
        var filter = ReconfirmationDocuments.Answer(reconfirmation.StatementId, reconfirmation.CorrectionNumber, reconfirmation.OrganisationId);
        try
        {
            await context.Reconfirmations.ReplaceOneAsync(filter, ReconfirmationDocuments.ToBson(reconfirmation), new ReplaceOptions { IsUpsert = true }, cancellationToken);
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            // Two first answers raced to insert: the other one is stored now, so this one replaces it.
            await context.Reconfirmations.ReplaceOneAsync(filter, ReconfirmationDocuments.ToBson(reconfirmation), cancellationToken: cancellationToken);
        }
        return true;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Reconfirmation>> ListReconfirmationsAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Reconfirmations.Find(ReconfirmationDocuments.OfStatement(statementId))
            .Sort(ReconfirmationDocuments.InOrder).ToListAsync(cancellationToken);
        return found.Select(ReconfirmationDocuments.FromBson).ToList();
    }
}
