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

    public static BsonValue NullableId(Guid? id) => id is { } value ? Id(value) : BsonNull.Value;

    public static BsonValue NullableTime(DateTimeOffset? time) => time is { } value ? Time(value) : BsonNull.Value;

    public static BsonValue NullableString(string? value) => value is null ? BsonNull.Value : new BsonString(value);

    /// <summary>Enums are stored by name, so that the shell shows them and reordering the enum changes nothing stored.</summary>
    public static BsonValue NullableName<TEnum>(TEnum? value)
        where TEnum : struct, Enum =>
        value is { } known ? new BsonString(known.ToString()) : BsonNull.Value;

    public static Guid ReadId(BsonDocument document, string field) => AsId(Field(document, field), field);

    /// <summary>An id found in <paramref name="field"/>, which may be an element of an array.</summary>
    public static Guid AsId(BsonValue value, string field) =>
        value is BsonBinaryData { SubType: BsonBinarySubType.UuidStandard } binary
            ? binary.ToGuid(GuidRepresentation.Standard)
            : throw Malformed(field, "a standard UUID", value);

    public static Guid? ReadNullableId(BsonDocument document, string field) =>
        Field(document, field) is BsonNull ? null : ReadId(document, field);

    public static DateTimeOffset ReadTime(BsonDocument document, string field)
    {
        var value = Field(document, field);
        return value is BsonDateTime date
            ? DateTimeOffset.FromUnixTimeMilliseconds(date.MillisecondsSinceEpoch)
            : throw Malformed(field, "a date", value);
    }

    public static DateTimeOffset? ReadNullableTime(BsonDocument document, string field) =>
        Field(document, field) is BsonNull ? null : ReadTime(document, field);

    public static bool ReadBool(BsonDocument document, string field)
    {
        var value = Field(document, field);
        return value is BsonBoolean flag ? flag.Value : throw Malformed(field, "a boolean", value);
    }

    public static int ReadInt(BsonDocument document, string field)
    {
        var value = Field(document, field);
        return value is BsonInt32 n ? n.Value : throw Malformed(field, "an int32", value);
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

    public static BsonArray ReadArray(BsonDocument document, string field)
    {
        var value = Field(document, field);
        return value as BsonArray ?? throw Malformed(field, "an array", value);
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

    /// <summary>An enum stored by name; only the exact names are accepted, since TryParse alone would also take "1" or "named".</summary>
    public static TEnum ReadName<TEnum>(BsonDocument document, string field)
        where TEnum : struct, Enum
    {
        var name = ReadString(document, field);
        return Enum.TryParse<TEnum>(name, ignoreCase: false, out var value) && value.ToString() == name
            ? value
            : throw new InvalidDataException($"A stored document's '{field}' has the unknown value '{name}'.");
    }

    public static TEnum? ReadNullableName<TEnum>(BsonDocument document, string field)
        where TEnum : struct, Enum =>
        Field(document, field) is BsonNull ? null : ReadName<TEnum>(document, field);

    public static InvalidDataException Malformed(string field, string expected, BsonValue found) =>
        new($"A stored document's '{field}' should be {expected} but is a BSON {found.BsonType}.");

    private static BsonValue Field(BsonDocument document, string field) =>
        document.TryGetValue(field, out var value)
            ? value
            : throw new InvalidDataException($"A stored document has no '{field}' field.");
}
