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
                  revision: NumberLong(1) }
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
}
