using CoDraft.Core.Accounts;
using CoDraft.Storage.Mongo.Documents;

namespace CoDraft.Storage.Mongo.Tests.Documents;

public sealed class OrganisationDocumentsTests
{
    private static readonly Organisation Kinderschutz = new(
        Guid.Parse("7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098"),
        "Österreichische Kinderschutz-Plattform «KiSchu» 🧒",
        "AT",
        OrganisationType.Network,
        "https://kischu.example/",
        new DateTimeOffset(2025, 3, 2, 14, 30, 0, 999, TimeSpan.Zero));

    [Theory]
    [InlineData(OrganisationType.Ngo, "https://kischu.example/")]
    [InlineData(OrganisationType.PublicBody, null)]
    [InlineData(OrganisationType.Other, "http://example.org")]
    public void Organisation_of_every_kind_round_trips_through_bson_bytes(OrganisationType type, string? website)
    {
        var organisation = Kinderschutz with { Type = type, Website = website };

        Assert.Equal(organisation, OrganisationDocuments.FromBson(Rendered.ThroughBytes(OrganisationDocuments.ToBson(organisation))));
    }

    [Fact]
    public void Organisation_is_stored_with_its_type_by_name_and_a_lower_case_sort_name()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { _id: UUID("7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098"), name: "Österreichische Kinderschutz-Plattform «KiSchu» 🧒",
                  sortName: "österreichische kinderschutz-plattform «kischu» 🧒", country: "AT", type: "PublicBody",
                  website: null, createdAt: ISODate("2025-03-02T14:30:00.999Z") }
                """),
            OrganisationDocuments.ToBson(Kinderschutz with { Type = OrganisationType.PublicBody, Website = null }));
    }

    [Theory]
    [InlineData("NGO")]
    [InlineData("0")]
    [InlineData("Charity")]
    public void Organisation_of_an_unknown_type_is_refused(string type)
    {
        var document = OrganisationDocuments.ToBson(Kinderschutz);
        document[OrganisationDocuments.Type] = type;

        var error = Assert.Throws<InvalidDataException>(() => OrganisationDocuments.FromBson(document));

        Assert.Contains(type, error.Message);
    }

    [Fact]
    public void Names_differing_only_in_case_have_the_same_sort_key_in_any_script()
    {
        Assert.Equal(OrganisationDocuments.SortKey("alpha network"), OrganisationDocuments.SortKey("ALPHA Network"));
        Assert.Equal(OrganisationDocuments.SortKey("éducation sans frontières"), OrganisationDocuments.SortKey("ÉDUCATION SANS FRONTIÈRES"));
        Assert.Equal(OrganisationDocuments.SortKey("Σωματείο"), OrganisationDocuments.SortKey("σωματείο"));
        Assert.True(string.CompareOrdinal(OrganisationDocuments.SortKey("alpha"), OrganisationDocuments.SortKey("Zeta")) < 0);
    }

    [Fact]
    public void Listing_sorts_by_sort_name_then_creation_on_an_index_of_the_same_keys()
    {
        var keys = Rendered.Expected("{ sortName: 1, createdAt: 1, _id: 1 }");

        BsonAssert.Equal(keys, Rendered.Sort(OrganisationDocuments.ByName));
        BsonAssert.Equal(keys, Rendered.Keys(OrganisationDocuments.ByNameIndex));
        Assert.Equal("organisations_by_name", OrganisationDocuments.ByNameIndex.Options.Name);
        Assert.NotEqual(true, OrganisationDocuments.ByNameIndex.Options.Unique);
    }

    [Fact]
    public void Existence_check_looks_up_the_id_and_reads_only_the_id()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ _id: UUID("7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098") }"""),
            Rendered.Filter(OrganisationDocuments.ById(Kinderschutz.Id)));
        BsonAssert.Equal(Rendered.Expected("{ _id: 1 }"), Rendered.Projection(OrganisationDocuments.IdOnly));
    }
}
