using CoDraft.Core.Accounts;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>accessTokens</c> collection: one document per personal access token, keyed by its id, holding the
/// token's SHA-256, never the token. See docs/storage.md.
/// </summary>
internal static class AccessTokenDocuments
{
    public const string Collection = "accessTokens";
    public const string Id = "_id";
    public const string PersonId = "personId";
    public const string Name = "name";
    public const string TokenHash = "tokenHash";
    public const string CreatedAt = "createdAt";
    public const string ExpiresAt = "expiresAt";
    public const string RevokedAt = "revokedAt";

    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>One token per hash, so a hash names one person; serves the look-up on every API request.</summary>
    public static readonly CreateIndexModel<BsonDocument> HashIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(TokenHash),
        new CreateIndexOptions { Name = "access_tokens_hash_unique", Unique = true });

    /// <summary>Serves <see cref="OldestFirst"/> for one person.</summary>
    public static readonly CreateIndexModel<BsonDocument> ByPersonIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(PersonId).Ascending(CreatedAt).Ascending(Id),
        new CreateIndexOptions { Name = "access_tokens_by_person" });

    /// <summary>Tokens created in the same millisecond come by id.</summary>
    public static readonly SortDefinition<BsonDocument> OldestFirst =
        Builders<BsonDocument>.Sort.Ascending(CreatedAt).Ascending(Id);

    public static BsonDocument ToBson(AccessToken token) => new()
    {
        { Id, BsonValues.Id(token.Id) },
        { PersonId, BsonValues.Id(token.PersonId) },
        { Name, token.Name },
        { TokenHash, token.TokenHash },
        { CreatedAt, BsonValues.Time(token.CreatedAt) },
        { ExpiresAt, BsonValues.Time(token.ExpiresAt) },
        { RevokedAt, BsonValues.NullableTime(token.RevokedAt) },
    };

    public static AccessToken FromBson(BsonDocument document) => new(
        BsonValues.ReadId(document, Id),
        BsonValues.ReadId(document, PersonId),
        BsonValues.ReadString(document, Name),
        BsonValues.ReadString(document, TokenHash),
        BsonValues.ReadTime(document, CreatedAt),
        BsonValues.ReadTime(document, ExpiresAt),
        BsonValues.ReadNullableTime(document, RevokedAt));

    public static FilterDefinition<BsonDocument> ByHash(string tokenHash) =>
        Filter.Eq(TokenHash, (BsonValue)new BsonString(tokenHash));

    public static FilterDefinition<BsonDocument> OfPerson(Guid personId) =>
        Filter.Eq(PersonId, (BsonValue)BsonValues.Id(personId));

    /// <summary>
    /// The person's token while it is not revoked: the update and the check are one single-document write, so of
    /// two concurrent revocations one matches and the other finds nothing.
    /// </summary>
    public static FilterDefinition<BsonDocument> Unrevoked(Guid personId, Guid tokenId) =>
        Filter.Eq(Id, (BsonValue)BsonValues.Id(tokenId))
        & OfPerson(personId)
        & Filter.Eq(RevokedAt, (BsonValue)BsonNull.Value);

    public static UpdateDefinition<BsonDocument> Revoke(DateTimeOffset at) =>
        Builders<BsonDocument>.Update.Set(RevokedAt, (BsonValue)BsonValues.Time(at));
}
