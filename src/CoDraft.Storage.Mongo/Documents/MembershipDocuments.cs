using CoDraft.Core.Accounts;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>memberships</c> collection: one document per member, keyed by the person's id, so that <c>_id</c>'s own
/// unique index lets a person belong to one organisation at most. See docs/storage.md.
/// </summary>
internal static class MembershipDocuments
{
    public const string Collection = "memberships";
    public const string PersonId = "_id";
    public const string OrganisationId = "organisationId";
    public const string IsOrganisationAdmin = "isOrganisationAdmin";
    public const string JoinedAt = "joinedAt";

    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>Serves <see cref="InJoiningOrder"/> for one organisation.</summary>
    public static readonly CreateIndexModel<BsonDocument> ByOrganisationIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(OrganisationId).Ascending(JoinedAt).Ascending(PersonId),
        new CreateIndexOptions { Name = "memberships_by_organisation" });

    /// <summary>Members who joined in the same millisecond come by person id.</summary>
    public static readonly SortDefinition<BsonDocument> InJoiningOrder =
        Builders<BsonDocument>.Sort.Ascending(JoinedAt).Ascending(PersonId);

    public static BsonDocument ToBson(Membership membership) => new()
    {
        { PersonId, BsonValues.Id(membership.PersonId) },
        { OrganisationId, BsonValues.Id(membership.OrganisationId) },
        { IsOrganisationAdmin, membership.IsOrganisationAdmin },
        { JoinedAt, BsonValues.Time(membership.JoinedAt) },
    };

    public static Membership FromBson(BsonDocument document) => new(
        BsonValues.ReadId(document, OrganisationId),
        BsonValues.ReadId(document, PersonId),
        BsonValues.ReadBool(document, IsOrganisationAdmin),
        BsonValues.ReadTime(document, JoinedAt));

    public static FilterDefinition<BsonDocument> OfPerson(Guid personId) =>
        Filter.Eq(PersonId, (BsonValue)BsonValues.Id(personId));

    public static FilterDefinition<BsonDocument> OfOrganisation(Guid organisationId) =>
        Filter.Eq(OrganisationId, (BsonValue)BsonValues.Id(organisationId));

    /// <summary>The person's membership, only if it is in this organisation.</summary>
    public static FilterDefinition<BsonDocument> Member(Guid organisationId, Guid personId) =>
        OfPerson(personId) & OfOrganisation(organisationId);

    public static UpdateDefinition<BsonDocument> SetAdmin(bool isAdmin) =>
        Builders<BsonDocument>.Update.Set(IsOrganisationAdmin, (BsonValue)BsonBoolean.Create(isAdmin));
}
