using MongoDB.Bson;
using MongoDB.Bson.IO;

namespace CoDraft.Storage.Mongo.Tests;

/// <summary>
/// Compares BSON exactly. BsonDocument.Equals counts an int32 8 and an int64 8 as equal, but the server does not
/// index or compare them as the same type everywhere, so the tests compare canonical extended JSON, which shows
/// every type (<c>{"$numberLong": "8"}</c>) and gives a readable diff.
/// </summary>
internal static class BsonAssert
{
    private static readonly JsonWriterSettings Canonical = new() { OutputMode = JsonOutputMode.CanonicalExtendedJson };

    public static void Equal(BsonValue expected, BsonValue actual) =>
        Assert.Equal(expected.ToJson(Canonical), actual.ToJson(Canonical));
}
