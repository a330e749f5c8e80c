using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// Moving an anchor, the same in <c>commentThreads</c> and <c>suggestions</c>: set the anchor and its version, only
/// while the stored version is older, so that a slower process cannot move an anchor back.
/// </summary>
internal static class ReviewAnchorDocuments
{
    public const string Id = "_id";
    public const string StatementId = "statementId";
    public const string Anchor = "anchor";
    public const string AnchorVersion = "anchorVersion";

    public static FilterDefinition<BsonDocument> OlderThan(Guid statementId, Guid itemId, long version) =>
        Builders<BsonDocument>.Filter.Eq(Id, (BsonValue)BsonValues.Id(itemId))
        & Builders<BsonDocument>.Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId))
        & Builders<BsonDocument>.Filter.Lt(AnchorVersion, (BsonValue)new BsonInt64(version));

    public static UpdateDefinition<BsonDocument> MoveTo(Core.Review.Anchor anchor, long version) =>
        Builders<BsonDocument>.Update
            .Set(Anchor, (BsonValue)AnchorBson.ToBson(anchor))
            .Set(AnchorVersion, (BsonValue)new BsonInt64(version));
}
