using CoDraft.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>statements</c> collection: one document per statement, keyed by its id, with the head of its op log
/// (<c>headVersion</c>) and the time of the op that made it (<c>updatedAt</c>). See docs/storage.md.
/// </summary>
internal static class StatementDocuments
{
    public const string Collection = "statements";
    public const string Id = "_id";
    public const string Title = "title";
    public const string CreatedBy = "createdBy";
    public const string CreatedAt = "createdAt";
    public const string HeadVersion = "headVersion";
    public const string UpdatedAt = "updatedAt";

    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>Serves <see cref="NewestFirst"/>; <c>_id</c> orders statements created in the same millisecond.</summary>
    public static readonly CreateIndexModel<BsonDocument> NewestFirstIndex = new(
        Builders<BsonDocument>.IndexKeys.Descending(CreatedAt).Descending(Id),
        new CreateIndexOptions { Name = "statements_newest_first" });

    public static readonly SortDefinition<BsonDocument> NewestFirst =
        Builders<BsonDocument>.Sort.Descending(CreatedAt).Descending(Id);

    public static readonly ProjectionDefinition<BsonDocument> HeadOnly =
        Builders<BsonDocument>.Projection.Include(HeadVersion);

    public static BsonDocument ToBson(StatementRecord statement) => new()
    {
        { Id, BsonValues.Id(statement.Id) },
        { Title, statement.Title },
        { CreatedBy, statement.CreatedBy },
        { CreatedAt, BsonValues.Time(statement.CreatedAt) },
        { HeadVersion, new BsonInt64(statement.Version) },
        { UpdatedAt, BsonValues.Time(statement.UpdatedAt) },
    };

    public static StatementRecord FromBson(BsonDocument document) => new(
        BsonValues.ReadId(document, Id),
        BsonValues.ReadString(document, Title),
        BsonValues.ReadLong(document, HeadVersion),
        BsonValues.ReadString(document, CreatedBy),
        BsonValues.ReadTime(document, CreatedAt),
        BsonValues.ReadTime(document, UpdatedAt));

    public static FilterDefinition<BsonDocument> ById(Guid statementId) =>
        Filter.Eq(Id, (BsonValue)BsonValues.Id(statementId));

    /// <summary>
    /// The statement, while its head is below <paramref name="version"/>: the head only moves forward, whichever of
    /// two racing writers (or a repair after a crash) updates it last.
    /// </summary>
    public static FilterDefinition<BsonDocument> HeadBelow(Guid statementId, long version) =>
        ById(statementId) & Filter.Lt(HeadVersion, (BsonValue)new BsonInt64(version));

    /// <summary>Moves the head to <paramref name="version"/>, committed at <paramref name="committedAt"/>.</summary>
    public static UpdateDefinition<BsonDocument> AdvanceHead(long version, DateTimeOffset committedAt) =>
        Builders<BsonDocument>.Update
            .Set(HeadVersion, (BsonValue)new BsonInt64(version))
            .Set(UpdatedAt, (BsonValue)BsonValues.Time(committedAt));
}
