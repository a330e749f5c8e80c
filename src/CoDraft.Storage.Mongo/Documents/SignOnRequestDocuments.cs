using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>signOnRequests</c> collection: one document per request. <c>activeKey</c> is the normalised name while the
/// request is pending or approved and null once rejected, so a unique partial index on it refuses a second live
/// request of one organisation for one statement. See docs/storage.md.
/// </summary>
internal static class SignOnRequestDocuments
{
    public const string Collection = "signOnRequests";
    public const string Id = "_id";
    public const string StatementId = "statementId";
    public const string OrganisationName = "organisationName";
    public const string NameKey = "nameKey";
    public const string ActiveKey = "activeKey";
    public const string Country = "country";
    public const string Type = "type";
    public const string Website = "website";
    public const string ContactPerson = "contactPerson";
    public const string Email = "email";
    public const string Consent = "consent";
    public const string Status = "status";
    public const string RequestedAt = "requestedAt";
    public const string ModeratedBy = "moderatedBy";
    public const string ModeratedAt = "moderatedAt";

    private static readonly FilterDefinitionBuilder<BsonDocument> Filter = Builders<BsonDocument>.Filter;

    /// <summary>One live (pending or approved) request per organisation name and statement.</summary>
    public static readonly CreateIndexModel<BsonDocument> ActiveNameIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(StatementId).Ascending(ActiveKey),
        new CreateIndexOptions<BsonDocument>
        {
            Name = "signon_requests_active_name_unique",
            Unique = true,
            PartialFilterExpression = Filter.Type(ActiveKey, BsonType.String),
        });

    /// <summary>Serves <see cref="OfStatement"/> sorted by <see cref="OldestFirst"/>.</summary>
    public static readonly CreateIndexModel<BsonDocument> OldestFirstIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(StatementId).Ascending(RequestedAt).Ascending(Id),
        new CreateIndexOptions { Name = "signon_requests_oldest_first" });

    public static readonly SortDefinition<BsonDocument> OldestFirst = Builders<BsonDocument>.Sort.Ascending(RequestedAt).Ascending(Id);

    public static BsonDocument ToBson(SignOnRequest r) => new()
    {
        { Id, BsonValues.Id(r.Id) },
        { StatementId, BsonValues.Id(r.StatementId) },
        { OrganisationName, r.OrganisationName },
        { NameKey, r.NameKey },
        { ActiveKey, r.Status == SignOnStatus.Rejected ? BsonNull.Value : new BsonString(r.NameKey) },
        { Country, r.Country },
        { Type, r.Type.ToString() },
        { Website, BsonValues.NullableString(r.Website) },
        { ContactPerson, r.ContactPerson },
        { Email, r.Email },
        { Consent, r.ConsentToList },
        { Status, r.Status.ToString() },
        { RequestedAt, BsonValues.Time(r.RequestedAt) },
        { ModeratedBy, BsonValues.NullableString(r.ModeratedBy) },
        { ModeratedAt, BsonValues.NullableTime(r.ModeratedAt) },
    };

    public static SignOnRequest FromBson(BsonDocument d) => new(
        BsonValues.ReadId(d, Id),
        BsonValues.ReadId(d, StatementId),
        BsonValues.ReadString(d, OrganisationName),
        BsonValues.ReadString(d, NameKey),
        BsonValues.ReadString(d, Country),
        BsonValues.ReadName<OrganisationType>(d, Type),
        BsonValues.ReadNullableString(d, Website),
        BsonValues.ReadString(d, ContactPerson),
        BsonValues.ReadString(d, Email),
        BsonValues.ReadBool(d, Consent),
        BsonValues.ReadName<SignOnStatus>(d, Status),
        BsonValues.ReadTime(d, RequestedAt),
        BsonValues.ReadNullableString(d, ModeratedBy),
        BsonValues.ReadNullableTime(d, ModeratedAt));

    public static FilterDefinition<BsonDocument> OfStatement(Guid statementId) =>
        Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId));

    public static FilterDefinition<BsonDocument> ById(Guid statementId, Guid requestId) =>
        Filter.Eq(Id, (BsonValue)BsonValues.Id(requestId)) & OfStatement(statementId);

    /// <summary>The request, if it is still pending: moderation decides each request once.</summary>
    public static FilterDefinition<BsonDocument> PendingById(Guid statementId, Guid requestId) =>
        ById(statementId, requestId) & Filter.Eq(Status, (BsonValue)nameof(SignOnStatus.Pending));

    /// <summary>Decides a request; a rejected one gives up its name, so the organisation may ask again.</summary>
    public static UpdateDefinition<BsonDocument> Moderate(SignOnStatus decision, string by, DateTimeOffset at)
    {
        var update = Builders<BsonDocument>.Update
            .Set(Status, (BsonValue)decision.ToString())
            .Set(ModeratedBy, (BsonValue)by)
            .Set(ModeratedAt, (BsonValue)BsonValues.Time(at));
        return decision == SignOnStatus.Rejected ? update.Set(ActiveKey, (BsonValue)BsonNull.Value) : update;
    }
}
