using CoDraft.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>publications</c> collection: at most one document per statement, keyed by the statement's id, holding
/// the exact text published. See docs/storage.md.
/// </summary>
internal static class PublicationDocuments
{
    public const string Collection = "publications";
    public const string StatementId = "_id";
    public const string Version = "version";
    public const string Sha256 = "sha256";
    public const string Text = "text";
    public const string PublishedAt = "publishedAt";
    public const string PublishedBy = "publishedBy";
    public const string PublicFrom = "publicFrom";

    /// <summary>Serves <see cref="NewestFirst"/>.</summary>
    public static readonly CreateIndexModel<BsonDocument> NewestFirstIndex = new(
        Builders<BsonDocument>.IndexKeys.Descending(PublishedAt).Descending(StatementId),
        new CreateIndexOptions { Name = "publications_newest_first" });

    public static readonly SortDefinition<BsonDocument> NewestFirst =
        Builders<BsonDocument>.Sort.Descending(PublishedAt).Descending(StatementId);

    public static BsonDocument ToBson(Publication publication) => new()
    {
        { StatementId, BsonValues.Id(publication.StatementId) },
        { Version, new BsonInt64(publication.Version) },
        { Sha256, publication.Sha256 },
        { Text, publication.Text },
        { PublishedAt, BsonValues.Time(publication.PublishedAt) },
        { PublishedBy, publication.PublishedBy },
        { PublicFrom, BsonValues.NullableTime(publication.PublicFrom) },
    };

    public static Publication FromBson(BsonDocument document) => new(
        BsonValues.ReadId(document, StatementId),
        BsonValues.ReadLong(document, Version),
        BsonValues.ReadString(document, Sha256),
        BsonValues.ReadString(document, Text),
        BsonValues.ReadTime(document, PublishedAt),
        BsonValues.ReadString(document, PublishedBy),
        BsonValues.ReadNullableTime(document, PublicFrom));

    public static FilterDefinition<BsonDocument> ById(Guid statementId) =>
        Builders<BsonDocument>.Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId));
}
