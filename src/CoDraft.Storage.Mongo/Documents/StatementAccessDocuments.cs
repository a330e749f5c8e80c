using CoDraft.Core.Accounts;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>statementAccess</c> collection: one document per statement, keyed by the statement's id, holding the
/// partners and people in order and the <c>revision</c> that optimistic concurrency checks. One document means
/// one atomic write per change, with no transaction. See docs/storage.md.
/// </summary>
internal static class StatementAccessDocuments
{
    public const string Collection = "statementAccess";
    public const string StatementId = "_id";
    public const string ConveningOrganisationId = "conveningOrganisationId";
    public const string PartnerOrganisationIds = "partnerOrganisationIds";
    public const string People = "people";
    public const string PersonId = "personId";
    public const string OrganisationId = "organisationId";
    public const string Role = "role";
    public const string Revision = "revision";

    /// <summary>The path of every person's id inside <see cref="People"/>.</summary>
    public const string PeoplePersonId = People + "." + PersonId;

    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>A multikey index on the people's ids: serves finding the statements a person holds a role on.</summary>
    public static readonly CreateIndexModel<BsonDocument> ByPersonIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(PeoplePersonId),
        new CreateIndexOptions { Name = "statement_access_by_person" });

    public static readonly ProjectionDefinition<BsonDocument> IdOnly = Builders<BsonDocument>.Projection.Include(StatementId);

    /// <summary>The document of <paramref name="access"/> as stored revision <paramref name="revision"/>.</summary>
    public static BsonDocument ToBson(StatementAccess access, long revision) => new()
    {
        { StatementId, BsonValues.Id(access.StatementId) },
        { ConveningOrganisationId, BsonValues.Id(access.ConveningOrganisationId) },
        { PartnerOrganisationIds, new BsonArray(access.PartnerOrganisationIds.Select(BsonValues.Id)) },
        { People, new BsonArray(access.People.Select(ToBson)) },
        { Revision, new BsonInt64(revision) },
    };

    public static StatementAccess FromBson(BsonDocument document) => new(
        BsonValues.ReadId(document, StatementId),
        BsonValues.ReadId(document, ConveningOrganisationId),
        BsonValues.ReadArray(document, PartnerOrganisationIds).Select(id => BsonValues.AsId(id, PartnerOrganisationIds)).ToList(),
        BsonValues.ReadArray(document, People).Select(ReadMember).ToList(),
        BsonValues.ReadLong(document, Revision));

    public static FilterDefinition<BsonDocument> ById(Guid statementId) =>
        Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId));

    /// <summary>The statement's access while it is still at <paramref name="revision"/>: the optimistic check.</summary>
    public static FilterDefinition<BsonDocument> AtRevision(Guid statementId, long revision) =>
        ById(statementId) & Filter.Eq(Revision, (BsonValue)new BsonInt64(revision));

    /// <summary>Every statement on which the person holds a role.</summary>
    public static FilterDefinition<BsonDocument> WithPerson(Guid personId) =>
        Filter.Eq(PeoplePersonId, (BsonValue)BsonValues.Id(personId));

    private static BsonDocument ToBson(StatementMember member) => new()
    {
        { PersonId, BsonValues.Id(member.PersonId) },
        { OrganisationId, BsonValues.Id(member.OrganisationId) },
        { Role, member.Role.ToString() },
    };

    private static StatementMember ReadMember(BsonValue value) =>
        value is BsonDocument member
            ? new StatementMember(
                BsonValues.ReadId(member, PersonId),
                BsonValues.ReadId(member, OrganisationId),
                BsonValues.ReadName<StatementRole>(member, Role))
            : throw BsonValues.Malformed(People, "an array of documents", value);
}
