using CoDraft.Core.Accounts;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>invitations</c> collection: one document per invitation, keyed by its id, holding the SHA-256 of the
/// link's token, never the token. See docs/storage.md.
/// </summary>
internal static class InvitationDocuments
{
    public const string Collection = "invitations";
    public const string Id = "_id";
    public const string TokenHash = "tokenHash";
    public const string Email = "email";
    public const string OrganisationId = "organisationId";
    public const string OrganisationAdmin = "organisationAdmin";
    public const string StatementId = "statementId";
    public const string Role = "role";
    public const string CreatedBy = "createdBy";
    public const string CreatedAt = "createdAt";
    public const string ExpiresAt = "expiresAt";
    public const string UsedAt = "usedAt";
    public const string UsedBy = "usedBy";
    public const string RevokedAt = "revokedAt";

    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>One invitation per hash, so a link names one invitation; serves opening a link.</summary>
    public static readonly CreateIndexModel<BsonDocument> HashIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(TokenHash),
        new CreateIndexOptions { Name = "invitations_hash_unique", Unique = true });

    /// <summary>Serves the list of an organisation's pending invitations.</summary>
    public static readonly CreateIndexModel<BsonDocument> ByOrganisationIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(OrganisationId).Ascending(CreatedAt),
        new CreateIndexOptions { Name = "invitations_by_organisation" });

    /// <summary>Serves the list of a statement's pending invitations.</summary>
    public static readonly CreateIndexModel<BsonDocument> ByStatementIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(StatementId).Ascending(CreatedAt),
        new CreateIndexOptions { Name = "invitations_by_statement" });

    public static BsonDocument ToBson(Invitation invitation) => new()
    {
        { Id, BsonValues.Id(invitation.Id) },
        { TokenHash, invitation.TokenHash },
        { Email, invitation.Email },
        { OrganisationId, BsonValues.Id(invitation.OrganisationId) },
        { OrganisationAdmin, invitation.OrganisationAdmin },
        { StatementId, BsonValues.NullableId(invitation.StatementId) },
        { Role, BsonValues.NullableName(invitation.Role) },
        { CreatedBy, BsonValues.Id(invitation.CreatedBy) },
        { CreatedAt, BsonValues.Time(invitation.CreatedAt) },
        { ExpiresAt, BsonValues.Time(invitation.ExpiresAt) },
        { UsedAt, BsonValues.NullableTime(invitation.UsedAt) },
        { UsedBy, BsonValues.NullableId(invitation.UsedBy) },
        { RevokedAt, BsonValues.NullableTime(invitation.RevokedAt) },
    };

    public static Invitation FromBson(BsonDocument document) => new(
        BsonValues.ReadId(document, Id),
        BsonValues.ReadString(document, TokenHash),
        BsonValues.ReadString(document, Email),
        BsonValues.ReadId(document, OrganisationId),
        BsonValues.ReadBool(document, OrganisationAdmin),
        BsonValues.ReadNullableId(document, StatementId),
        BsonValues.ReadNullableName<StatementRole>(document, Role),
        BsonValues.ReadId(document, CreatedBy),
        BsonValues.ReadTime(document, CreatedAt),
        BsonValues.ReadTime(document, ExpiresAt),
        BsonValues.ReadNullableTime(document, UsedAt),
        BsonValues.ReadNullableId(document, UsedBy),
        // Written before invitations could be revoked: never revoked.
        document.Contains(RevokedAt) ? BsonValues.ReadNullableTime(document, RevokedAt) : null);

    public static FilterDefinition<BsonDocument> ByHash(string tokenHash) =>
        Filter.Eq(TokenHash, (BsonValue)new BsonString(tokenHash));

    /// <summary>
    /// The invitation while nobody has used it. Checking and claiming are one single-document write, which the
    /// server applies atomically: of concurrent claims, one matches and every other finds it used.
    /// </summary>
    public static FilterDefinition<BsonDocument> Unclaimed(Guid invitationId) =>
        Filter.Eq(Id, (BsonValue)BsonValues.Id(invitationId))
        & Filter.Eq(UsedAt, (BsonValue)BsonNull.Value)
        & Filter.Eq(RevokedAt, (BsonValue)BsonNull.Value);

    public static FilterDefinition<BsonDocument> ById(Guid invitationId) =>
        Filter.Eq(Id, (BsonValue)BsonValues.Id(invitationId));

    /// <summary>Neither used nor revoked (a missing <c>revokedAt</c> matches null: documents written before it existed).</summary>
    public static FilterDefinition<BsonDocument> OpenOfOrganisation(Guid organisationId) =>
        Filter.Eq(OrganisationId, (BsonValue)BsonValues.Id(organisationId))
        & Filter.Eq(UsedAt, (BsonValue)BsonNull.Value)
        & Filter.Eq(RevokedAt, (BsonValue)BsonNull.Value);

    /// <inheritdoc cref="OpenOfOrganisation"/>
    public static FilterDefinition<BsonDocument> OpenOfStatement(Guid statementId) =>
        Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId))
        & Filter.Eq(UsedAt, (BsonValue)BsonNull.Value)
        & Filter.Eq(RevokedAt, (BsonValue)BsonNull.Value);

    /// <summary>The invitation while <paramref name="personId"/> holds its claim.</summary>
    public static FilterDefinition<BsonDocument> ClaimedBy(Guid invitationId, Guid personId) =>
        Filter.Eq(Id, (BsonValue)BsonValues.Id(invitationId))
        & Filter.Eq(UsedBy, (BsonValue)BsonValues.Id(personId));

    public static readonly UpdateDefinition<BsonDocument> Release =
        Builders<BsonDocument>.Update.Set(UsedAt, (BsonValue)BsonNull.Value).Set(UsedBy, (BsonValue)BsonNull.Value);

    public static UpdateDefinition<BsonDocument> Revoke(DateTimeOffset at) =>
        Builders<BsonDocument>.Update.Set(RevokedAt, (BsonValue)BsonValues.Time(at));

    public static readonly SortDefinition<BsonDocument> OldestFirst = Builders<BsonDocument>.Sort.Ascending(CreatedAt);

    public static UpdateDefinition<BsonDocument> Claim(Guid personId, DateTimeOffset at) =>
        Builders<BsonDocument>.Update
            .Set(UsedAt, (BsonValue)BsonValues.Time(at))
            .Set(UsedBy, (BsonValue)BsonValues.Id(personId));
}
