using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>meta</c> collection's one document, <c>{ _id: "schema", version: n }</c>: the version of the layout the
/// data was written with, so that an older CoDraft refuses data it does not understand instead of misreading it.
/// </summary>
internal static class SchemaDocuments
{
    public const string Collection = "meta";
    public const string Id = "_id";
    public const string Version = "version";

    /// <summary>
    /// The layout docs/storage.md describes. 2 added people, organisations, memberships, access tokens, invitations
    /// and statement access; 3 added the lifecycle, sign-off rounds, the audit log, publications, comment threads
    /// and suggestions; 4 added public slugs, sign-on requests, corrections and reconfirmations; 5 added invited
    /// partners and signatory proposals to statement access, and the revocation time of invitations.
    /// </summary>
    public const long CurrentVersion = 5;

    private const string SchemaId = "schema";

    public static readonly FilterDefinition<BsonDocument> Schema =
        Builders<BsonDocument>.Filter.Eq(Id, (BsonValue)new BsonString(SchemaId));

    /// <summary>Records <see cref="CurrentVersion"/> unless a higher version is already recorded.</summary>
    public static readonly UpdateDefinition<BsonDocument> RecordCurrentVersion =
        Builders<BsonDocument>.Update.Max(Version, (BsonValue)new BsonInt64(CurrentVersion));

    public static long ReadVersion(BsonDocument? document) =>
        document is null ? 0 : BsonValues.ReadLong(document, Version);
}
