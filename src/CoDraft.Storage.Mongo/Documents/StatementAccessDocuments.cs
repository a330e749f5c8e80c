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
    public const string InvitedPartners = "invitedPartners";
    public const string Status = "status";
    public const string InvitedBy = "invitedBy";
    public const string InvitedAt = "invitedAt";
    public const string AnsweredBy = "answeredBy";
    public const string AnsweredAt = "answeredAt";
    public const string SignatoryProposals = "signatoryProposals";
    public const string ProposedBy = "proposedBy";
    public const string ProposedAt = "proposedAt";

    /// <summary>The path of every invited organisation's id inside <see cref="InvitedPartners"/>.</summary>
    public const string InvitedOrganisationId = InvitedPartners + "." + OrganisationId;

    /// <summary>The path of every person's id inside <see cref="People"/>.</summary>
    public const string PeoplePersonId = People + "." + PersonId;

    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>A multikey index on the people's ids: serves finding the statements a person holds a role on.</summary>
    public static readonly CreateIndexModel<BsonDocument> ByPersonIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(PeoplePersonId),
        new CreateIndexOptions { Name = "statement_access_by_person" });

    /// <summary>
    /// Multikey indexes serving an organisation's administrators: the statements it convenes, takes part in, or was
    /// invited to.
    /// </summary>
    public static readonly CreateIndexModel<BsonDocument> ByConveningIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(ConveningOrganisationId),
        new CreateIndexOptions { Name = "statement_access_by_convening" });

    /// <inheritdoc cref="ByConveningIndex"/>
    public static readonly CreateIndexModel<BsonDocument> ByPartnerIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(PartnerOrganisationIds),
        new CreateIndexOptions { Name = "statement_access_by_partner" });

    /// <inheritdoc cref="ByConveningIndex"/>
    public static readonly CreateIndexModel<BsonDocument> ByInvitedIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(InvitedOrganisationId),
        new CreateIndexOptions { Name = "statement_access_by_invited" });

    public static readonly ProjectionDefinition<BsonDocument> IdOnly = Builders<BsonDocument>.Projection.Include(StatementId);

    /// <summary>The document of <paramref name="access"/> as stored revision <paramref name="revision"/>.</summary>
    public static BsonDocument ToBson(StatementAccess access, long revision) => new()
    {
        { StatementId, BsonValues.Id(access.StatementId) },
        { ConveningOrganisationId, BsonValues.Id(access.ConveningOrganisationId) },
        { PartnerOrganisationIds, new BsonArray(access.PartnerOrganisationIds.Select(BsonValues.Id)) },
        { People, new BsonArray(access.People.Select(ToBson)) },
        { Revision, new BsonInt64(revision) },
        { InvitedPartners, new BsonArray(access.InvitedPartners.Select(ToBson)) },
        { SignatoryProposals, new BsonArray(access.SignatoryProposals.Select(ToBson)) },
    };

    /// <summary>A document written before invited partners and proposals existed has neither field: it has none.</summary>
    public static StatementAccess FromBson(BsonDocument document) => new(
        BsonValues.ReadId(document, StatementId),
        BsonValues.ReadId(document, ConveningOrganisationId),
        BsonValues.ReadArray(document, PartnerOrganisationIds).Select(id => BsonValues.AsId(id, PartnerOrganisationIds)).ToList(),
        BsonValues.ReadArray(document, People).Select(ReadMember).ToList(),
        BsonValues.ReadLong(document, Revision))
    {
        InvitedPartners = document.Contains(InvitedPartners)
            ? BsonValues.ReadArray(document, InvitedPartners).Select(ReadInvitedPartner).ToList()
            : [],
        SignatoryProposals = document.Contains(SignatoryProposals)
            ? BsonValues.ReadArray(document, SignatoryProposals).Select(ReadProposal).ToList()
            : [],
    };

    /// <summary>Every statement the organisation convenes, takes part in, or was invited to.</summary>
    public static FilterDefinition<BsonDocument> WithOrganisation(Guid organisationId)
    {
        var id = (BsonValue)BsonValues.Id(organisationId);
        return Filter.Eq(ConveningOrganisationId, id) | Filter.Eq(PartnerOrganisationIds, id) | Filter.Eq(InvitedOrganisationId, id);
    }

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

    private static BsonDocument ToBson(PartnerInvitation invitation) => new()
    {
        { OrganisationId, BsonValues.Id(invitation.OrganisationId) },
        { Status, invitation.Status.ToString() },
        { InvitedBy, BsonValues.Id(invitation.InvitedBy) },
        { InvitedAt, BsonValues.Time(invitation.InvitedAt) },
        { AnsweredBy, BsonValues.NullableId(invitation.AnsweredBy) },
        { AnsweredAt, BsonValues.NullableTime(invitation.AnsweredAt) },
    };

    private static BsonDocument ToBson(SignatoryProposal proposal) => new()
    {
        { PersonId, BsonValues.Id(proposal.PersonId) },
        { OrganisationId, BsonValues.Id(proposal.OrganisationId) },
        { ProposedBy, BsonValues.Id(proposal.ProposedBy) },
        { ProposedAt, BsonValues.Time(proposal.ProposedAt) },
    };

    private static PartnerInvitation ReadInvitedPartner(BsonValue value) =>
        value is BsonDocument invited
            ? new PartnerInvitation(
                BsonValues.ReadId(invited, OrganisationId),
                BsonValues.ReadName<PartnerStatus>(invited, Status),
                BsonValues.ReadId(invited, InvitedBy),
                BsonValues.ReadTime(invited, InvitedAt),
                BsonValues.ReadNullableId(invited, AnsweredBy),
                BsonValues.ReadNullableTime(invited, AnsweredAt))
            : throw BsonValues.Malformed(InvitedPartners, "an array of documents", value);

    private static SignatoryProposal ReadProposal(BsonValue value) =>
        value is BsonDocument proposal
            ? new SignatoryProposal(
                BsonValues.ReadId(proposal, PersonId),
                BsonValues.ReadId(proposal, OrganisationId),
                BsonValues.ReadId(proposal, ProposedBy),
                BsonValues.ReadTime(proposal, ProposedAt))
            : throw BsonValues.Malformed(SignatoryProposals, "an array of documents", value);

    private static StatementMember ReadMember(BsonValue value) =>
        value is BsonDocument member
            ? new StatementMember(
                BsonValues.ReadId(member, PersonId),
                BsonValues.ReadId(member, OrganisationId),
                BsonValues.ReadName<StatementRole>(member, Role))
            : throw BsonValues.Malformed(People, "an array of documents", value);
}
