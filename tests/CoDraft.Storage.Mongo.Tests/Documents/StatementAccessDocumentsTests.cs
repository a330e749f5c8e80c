using CoDraft.Core.Accounts;
using CoDraft.Storage.Mongo.Documents;

namespace CoDraft.Storage.Mongo.Tests.Documents;

public sealed class StatementAccessDocumentsTests
{
    private static readonly Guid StatementId = Guid.Parse("13243546-5768-4a9b-8cad-bedf01234567");
    private static readonly Guid Convening = Guid.Parse("20000000-0000-4000-8000-000000000001");
    private static readonly Guid PartnerB = Guid.Parse("20000000-0000-4000-8000-00000000000b");
    private static readonly Guid PartnerA = Guid.Parse("20000000-0000-4000-8000-00000000000a");
    private static readonly Guid Lead = Guid.Parse("30000000-0000-4000-8000-000000000001");
    private static readonly Guid Signatory = Guid.Parse("30000000-0000-4000-8000-000000000002");

    private static readonly StatementAccess Access = StatementAccess.Start(StatementId, Convening, Lead)
        .WithPartner(PartnerB).WithPartner(PartnerA)
        .WithRole(Signatory, PartnerA, StatementRole.Signatory);

    [Fact]
    public void Access_round_trips_through_bson_bytes_keeping_the_order_of_partners_and_people()
    {
        var read = StatementAccessDocuments.FromBson(Rendered.ThroughBytes(StatementAccessDocuments.ToBson(Access, 4)));

        Assert.Equal((StatementId, Convening, 4L), (read.StatementId, read.ConveningOrganisationId, read.Revision));
        Assert.Equal([PartnerB, PartnerA], read.PartnerOrganisationIds);
        Assert.Equal(Access.People, read.People);
    }

    [Fact]
    public void Access_is_one_document_per_statement_stored_at_the_given_revision()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { _id: UUID("13243546-5768-4a9b-8cad-bedf01234567"),
                  conveningOrganisationId: UUID("20000000-0000-4000-8000-000000000001"),
                  partnerOrganisationIds: [UUID("20000000-0000-4000-8000-00000000000b"), UUID("20000000-0000-4000-8000-00000000000a")],
                  people: [
                    { personId: UUID("30000000-0000-4000-8000-000000000001"), organisationId: UUID("20000000-0000-4000-8000-000000000001"), role: "Lead" },
                    { personId: UUID("30000000-0000-4000-8000-000000000002"), organisationId: UUID("20000000-0000-4000-8000-00000000000a"), role: "Signatory" }
                  ],
                  revision: NumberLong(1), invitedPartners: [], signatoryProposals: [] }
                """),
            StatementAccessDocuments.ToBson(Access with { Revision = 7 }, 1));
    }

    [Theory]
    [InlineData("partnerOrganisationIds", """{ v: ["20000000-0000-4000-8000-00000000000a"] }""")]
    [InlineData("partnerOrganisationIds", """{ v: UUID("20000000-0000-4000-8000-00000000000a") }""")]
    [InlineData("people", """{ v: [UUID("30000000-0000-4000-8000-000000000001")] }""")]
    [InlineData("people", """{ v: null }""")]
    public void Access_with_a_malformed_list_is_refused_naming_it(string field, string json)
    {
        var document = StatementAccessDocuments.ToBson(Access, 1);
        document[field] = Rendered.Expected(json)["v"];

        var error = Assert.Throws<InvalidDataException>(() => StatementAccessDocuments.FromBson(document));

        Assert.Contains(field, error.Message);
    }

    [Fact]
    public void Access_with_an_unknown_role_is_refused()
    {
        var document = StatementAccessDocuments.ToBson(Access, 1);
        document[StatementAccessDocuments.People][0].AsBsonDocument[StatementAccessDocuments.Role] = "Owner";

        var error = Assert.Throws<InvalidDataException>(() => StatementAccessDocuments.FromBson(document));

        Assert.Contains("'Owner'", error.Message);
    }

    [Fact]
    public void Saving_on_a_revision_matches_the_statement_only_while_it_is_at_that_revision()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ _id: UUID("13243546-5768-4a9b-8cad-bedf01234567"), revision: NumberLong(3) }"""),
            Rendered.Filter(StatementAccessDocuments.AtRevision(StatementId, 3)));
        BsonAssert.Equal(
            Rendered.Expected("""{ _id: UUID("13243546-5768-4a9b-8cad-bedf01234567") }"""),
            Rendered.Filter(StatementAccessDocuments.ById(StatementId)));
    }

    [Fact]
    public void A_persons_statements_are_found_on_a_multikey_index_of_the_peoples_ids()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ "people.personId": UUID("30000000-0000-4000-8000-000000000002") }"""),
            Rendered.Filter(StatementAccessDocuments.WithPerson(Signatory)));
        BsonAssert.Equal(Rendered.Expected("""{ "people.personId": 1 }"""), Rendered.Keys(StatementAccessDocuments.ByPersonIndex));
        Assert.Equal("statement_access_by_person", StatementAccessDocuments.ByPersonIndex.Options.Name);
        BsonAssert.Equal(Rendered.Expected("{ _id: 1 }"), Rendered.Projection(StatementAccessDocuments.IdOnly));
    }

    [Fact]
    public void Invited_partners_and_signatory_proposals_round_trip_and_old_documents_have_none()
    {
        var invited = Guid.Parse("20000000-0000-4000-8000-00000000000c");
        var at = new DateTimeOffset(2025, 3, 8, 9, 0, 0, 250, TimeSpan.Zero);
        var access = Access.InvitePartner(invited, Lead, at).InvitePartner(PartnerB, Lead, at)
            .DeclinePartnership(invited, Signatory, at.AddHours(1))
            .ProposeSignatory(Signatory, PartnerB, Lead, at);

        var read = StatementAccessDocuments.FromBson(Rendered.ThroughBytes(StatementAccessDocuments.ToBson(access, 2)));
        var old = StatementAccessDocuments.ToBson(Access, 1);
        old.Remove(StatementAccessDocuments.InvitedPartners);
        old.Remove(StatementAccessDocuments.SignatoryProposals);

        Assert.Equal(access.InvitedPartners, read.InvitedPartners);
        Assert.Equal(access.SignatoryProposals, read.SignatoryProposals);
        Assert.Empty(StatementAccessDocuments.FromBson(old).InvitedPartners);
        Assert.Empty(StatementAccessDocuments.FromBson(old).SignatoryProposals);
    }

    [Fact]
    public void An_organisations_statements_are_found_by_convening_partner_or_invited_organisation()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { $or: [
                  { conveningOrganisationId: UUID("20000000-0000-4000-8000-00000000000a") },
                  { partnerOrganisationIds: UUID("20000000-0000-4000-8000-00000000000a") },
                  { "invitedPartners.organisationId": UUID("20000000-0000-4000-8000-00000000000a") } ] }
                """),
            Rendered.Filter(StatementAccessDocuments.WithOrganisation(PartnerA)));
        BsonAssert.Equal(Rendered.Expected("""{ "invitedPartners.organisationId": 1 }"""), Rendered.Keys(StatementAccessDocuments.ByInvitedIndex));
        BsonAssert.Equal(Rendered.Expected("{ partnerOrganisationIds: 1 }"), Rendered.Keys(StatementAccessDocuments.ByPartnerIndex));
        BsonAssert.Equal(Rendered.Expected("{ conveningOrganisationId: 1 }"), Rendered.Keys(StatementAccessDocuments.ByConveningIndex));
    }
}
