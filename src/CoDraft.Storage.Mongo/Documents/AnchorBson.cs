using CoDraft.Core.Review;
using MongoDB.Bson;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>An anchor as an embedded document <c>{ start, end, quote, orphaned }</c>, positions in code points.</summary>
internal static class AnchorBson
{
    public const string Start = "start";
    public const string End = "end";
    public const string Quote = "quote";
    public const string Orphaned = "orphaned";

    public static BsonDocument ToBson(Anchor anchor) => new()
    {
        { Start, new BsonInt32(anchor.Start) },
        { End, new BsonInt32(anchor.End) },
        { Quote, anchor.Quote },
        { Orphaned, anchor.Orphaned },
    };

    public static Anchor Read(BsonDocument document, string field) =>
        document.TryGetValue(field, out var value) && value is BsonDocument anchor
            ? new Anchor(
                BsonValues.ReadInt(anchor, Start),
                BsonValues.ReadInt(anchor, End),
                BsonValues.ReadString(anchor, Quote),
                BsonValues.ReadBool(anchor, Orphaned))
            : throw new InvalidDataException($"A stored document's '{field}' should be an anchor document.");
}
