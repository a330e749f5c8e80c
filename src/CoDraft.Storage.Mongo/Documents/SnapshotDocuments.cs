using CoDraft.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>The <c>snapshots</c> collection: one document per (statement, version). See docs/storage.md.</summary>
internal static class SnapshotDocuments
{
    public const string Collection = "snapshots";
    public const string StatementId = "statementId";
    public const string Version = "version";
    public const string Text = "text";

    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>
    /// One snapshot per version, so a second save cannot add a different text; descending, so the latest snapshot
    /// at or before a version is the first key the index finds.
    /// </summary>
    public static readonly CreateIndexModel<BsonDocument> VersionIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(StatementId).Descending(Version),
        new CreateIndexOptions { Name = "snapshots_version_unique", Unique = true });

    public static readonly SortDefinition<BsonDocument> NewestFirst = Builders<BsonDocument>.Sort.Descending(Version);

    /// <summary>Every snapshot of a statement in version order, for <c>store copy</c>; served by <see cref="VersionIndex"/>.</summary>
    public static readonly SortDefinition<BsonDocument> OldestFirst = Builders<BsonDocument>.Sort.Ascending(Version);

    public static readonly ProjectionDefinition<BsonDocument> VersionOnly =
        Builders<BsonDocument>.Projection.Include(Version).Exclude("_id");

    public static BsonDocument ToBson(TextSnapshot snapshot) => new()
    {
        { StatementId, BsonValues.Id(snapshot.StatementId) },
        { Version, new BsonInt64(snapshot.Version) },
        { Text, snapshot.Text },
    };

    public static TextSnapshot FromBson(BsonDocument document) => new(
        BsonValues.ReadId(document, StatementId),
        BsonValues.ReadLong(document, Version),
        BsonValues.ReadString(document, Text));

    public static FilterDefinition<BsonDocument> At(Guid statementId, long version) =>
        Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId))
        & Filter.Eq(Version, (BsonValue)new BsonInt64(version));

    public static FilterDefinition<BsonDocument> AtOrBefore(Guid statementId, long version) =>
        Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId))
        & Filter.Lte(Version, (BsonValue)new BsonInt64(version));

    public static FilterDefinition<BsonDocument> OfStatement(Guid statementId) =>
        Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId));

    /// <summary>Writes the text only when the snapshot is new, so a second save keeps the first text.</summary>
    public static UpdateDefinition<BsonDocument> InsertText(string text) =>
        Builders<BsonDocument>.Update.SetOnInsert(Text, (BsonValue)new BsonString(text));
}
