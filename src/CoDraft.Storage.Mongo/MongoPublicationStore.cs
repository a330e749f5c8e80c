using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// Publications: one document per statement. Publishing is one transaction: the state and head check, the
/// publication and the move to Published. docs/storage.md says what this does and does not exclude.
/// </summary>
public sealed class MongoPublicationStore(MongoStoreContext context) : IPublicationStore
{

    /// <inheritdoc />
    public Task<PublishOutcome> PublishAsync(Publication publication, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(publication);
        publication.Validate();
        context.ThrowIfDisposed();
        return context.InTransactionAsync(async (session, ct) =>
        {
            var (state, head) = await context.StateAndHeadAsync(session, publication.StatementId, ct);
            if (StatementGuards.PublishRefusal(publication, state, head) is { } refusal)
            {
                return refusal;
            }
            await context.Publications.InsertOneAsync(session, PublicationDocuments.ToBson(publication), cancellationToken: ct);
            await context.SetStateAsync(session, publication.StatementId, StatementState.Published, publication.PublishedBy, publication.PublishedAt, ct);
            return new PublishOutcome(PublishStatus.Published, StatementState.Published, head);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> SetPublicFromAsync(Guid statementId, DateTimeOffset publicFrom, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        // $gt on a date matches only dates, so a publication without an embargo (publicFrom null) is left alone.
        var filter = PublicationDocuments.ById(statementId)
            & Builders<BsonDocument>.Filter.Gt(PublicationDocuments.PublicFrom, (BsonValue)BsonValues.Time(now));
        var result = await context.Publications.UpdateOneAsync(filter,
            Builders<BsonDocument>.Update.Set(PublicationDocuments.PublicFrom, (BsonValue)BsonValues.Time(publicFrom)),
            cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    /// <inheritdoc />
    public async Task<Publication?> FindPublicationAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Publications.Find(PublicationDocuments.ById(statementId)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : PublicationDocuments.FromBson(found);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Publication>> ListPublicationsAsync(CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Publications.Find(FilterDefinition<BsonDocument>.Empty)
            .Sort(PublicationDocuments.NewestFirst)
            .ToListAsync(cancellationToken);
        return found.Select(PublicationDocuments.FromBson).ToList();
    }
}
