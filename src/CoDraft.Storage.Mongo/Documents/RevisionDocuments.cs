using CoDraft.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>revisions</c> collection: one document per revision, keyed by its id, so that reusing an id fails on
/// <c>_id</c>'s own unique index. See docs/storage.md.
/// </summary>
internal static class RevisionDocuments
{
    public const string Collection = "revisions";
    public const string Id = "_id";
    public const string StatementId = "statementId";
    public const string Version = "version";
    public const string Kind = "kind";
    public const string Label = "label";
    public const string Author = "author";
    public const string CreatedAt = "createdAt";
    public const string Sha256 = "sha256";

    /// <summary>Serves <see cref="OldestFirst"/> for one statement.</summary>
    public static readonly CreateIndexModel<BsonDocument> OldestFirstIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(StatementId).Ascending(CreatedAt).Ascending(Id),
        new CreateIndexOptions { Name = "revisions_oldest_first" });

    /// <summary><c>_id</c> orders revisions created in the same millisecond.</summary>
    public static readonly SortDefinition<BsonDocument> OldestFirst =
        Builders<BsonDocument>.Sort.Ascending(CreatedAt).Ascending(Id);

    public static BsonDocument ToBson(Revision revision) => new()
    {
        { Id, BsonValues.Id(revision.Id) },
        { StatementId, BsonValues.Id(revision.StatementId) },
        { Version, new BsonInt64(revision.Version) },
        { Kind, revision.Kind.ToString() },
        { Label, BsonValues.NullableString(revision.Label) },
        { Author, revision.Author },
        { CreatedAt, BsonValues.Time(revision.CreatedAt) },
        { Sha256, revision.Sha256 },
    };

    public static Revision FromBson(BsonDocument document) => new(
        BsonValues.ReadId(document, Id),
        BsonValues.ReadId(document, StatementId),
        BsonValues.ReadLong(document, Version),
        BsonValues.ReadName<RevisionKind>(document, Kind),
        BsonValues.ReadNullableString(document, Label),
        BsonValues.ReadString(document, Author),
        BsonValues.ReadTime(document, CreatedAt),
        BsonValues.ReadString(document, Sha256));

    public static FilterDefinition<BsonDocument> OfStatement(Guid statementId) =>
        Builders<BsonDocument>.Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId));
}
