using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>The <c>publicSlugs</c> collection: one document per statement that has a public address. See docs/storage.md.</summary>
internal static class PublicSlugDocuments
{
    public const string Collection = "publicSlugs";
    public const string StatementId = "_id";
    public const string Slug = "slug";
    public const string CreatedAt = "createdAt";

    /// <summary>No two statements share a slug; also serves <see cref="BySlug"/>.</summary>
    public static readonly CreateIndexModel<BsonDocument> SlugIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(Slug),
        new CreateIndexOptions { Name = "public_slugs_slug_unique", Unique = true });

    public static BsonDocument ToBson(Guid statementId, string slug, DateTimeOffset at) => new()
    {
        { StatementId, BsonValues.Id(statementId) },
        { Slug, slug },
        { CreatedAt, BsonValues.Time(at) },
    };

    public static FilterDefinition<BsonDocument> ById(Guid statementId) =>
        Builders<BsonDocument>.Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId));

    public static FilterDefinition<BsonDocument> BySlug(string slug) => Builders<BsonDocument>.Filter.Eq(Slug, slug);

    public static string ReadSlug(BsonDocument document) => BsonValues.ReadString(document, Slug);

    public static Guid ReadStatementId(BsonDocument document) => BsonValues.ReadId(document, StatementId);
}
