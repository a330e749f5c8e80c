using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Tests;

/// <summary>Definitions rendered to the BSON the driver sends, as the driver renders them for a BsonDocument collection.</summary>
internal static class Rendered
{
    private static RenderArgs<BsonDocument> Args => new(BsonDocumentSerializer.Instance, BsonSerializer.SerializerRegistry);

    public static BsonDocument Filter(FilterDefinition<BsonDocument> filter) => filter.Render(Args);

    public static BsonValue Update(UpdateDefinition<BsonDocument> update) => update.Render(Args);

    public static BsonDocument Sort(SortDefinition<BsonDocument> sort) => sort.Render(Args);

    public static BsonDocument Projection(ProjectionDefinition<BsonDocument> projection) => projection.Render(Args);

    public static BsonDocument Keys(CreateIndexModel<BsonDocument> index) => index.Keys.Render(Args);

    /// <summary>Parses the shell's extended JSON, e.g. <c>{ version: NumberLong(3), at: ISODate("…") }</c>.</summary>
    public static BsonDocument Expected(string json) => BsonDocument.Parse(json);

    /// <summary>The document after a trip through BSON bytes, as the server would hand it back.</summary>
    public static BsonDocument ThroughBytes(BsonDocument document) =>
        BsonSerializer.Deserialize<BsonDocument>(document.ToBson());
}
