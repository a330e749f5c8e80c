using MongoDB.Bson;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The BSON form of the scalar values every document shares. Ids are UUIDs in the standard binary subtype (4), so
/// that the shell and other drivers show them as <c>UUID("…")</c>; times are BSON dates, which hold whole
/// milliseconds in UTC, the precision the storage ports promise.
/// </summary>
internal static class BsonValues
{
    public static BsonBinaryData Id(Guid id) => new(id, GuidRepresentation.Standard);

    public static BsonDateTime Time(DateTimeOffset time) => new(time.ToUnixTimeMilliseconds());

    public static BsonValue NullableString(string? value) => value is null ? BsonNull.Value : new BsonString(value);

    public static Guid ReadId(BsonDocument document, string field)
    {
        var value = Field(document, field);
        if (value is not BsonBinaryData { SubType: BsonBinarySubType.UuidStandard } binary)
        {
            throw Malformed(field, "a standard UUID", value);
        }
        return binary.ToGuid(GuidRepresentation.Standard);
    }

    public static DateTimeOffset ReadTime(BsonDocument document, string field)
    {
        var value = Field(document, field);
        return value is BsonDateTime date
            ? DateTimeOffset.FromUnixTimeMilliseconds(date.MillisecondsSinceEpoch)
            : throw Malformed(field, "a date", value);
    }

    public static long ReadLong(BsonDocument document, string field)
    {
        var value = Field(document, field);
        return value switch
        {
            BsonInt64 n => n.Value,
            BsonInt32 n => n.Value,
            _ => throw Malformed(field, "a whole number", value),
        };
    }

    public static string ReadString(BsonDocument document, string field)
    {
        var value = Field(document, field);
        return value is BsonString text ? text.Value : throw Malformed(field, "a string", value);
    }

    public static string? ReadNullableString(BsonDocument document, string field)
    {
        var value = Field(document, field);
        return value switch
        {
            BsonNull => null,
            BsonString text => text.Value,
            _ => throw Malformed(field, "a string or null", value),
        };
    }

    public static InvalidDataException Malformed(string field, string expected, BsonValue found) =>
        new($"A stored document's '{field}' should be {expected} but is a BSON {found.BsonType}.");

    private static BsonValue Field(BsonDocument document, string field) =>
        document.TryGetValue(field, out var value)
            ? value
            : throw new InvalidDataException($"A stored document has no '{field}' field.");
}
