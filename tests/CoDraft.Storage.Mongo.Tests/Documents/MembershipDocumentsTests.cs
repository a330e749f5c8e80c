using CoDraft.Core.Accounts;
using CoDraft.Storage.Mongo.Documents;

namespace CoDraft.Storage.Mongo.Tests.Documents;

public sealed class MembershipDocumentsTests
{
    private static readonly Guid OrganisationId = Guid.Parse("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d");

    private static readonly Guid PersonId = Guid.Parse("8f7e6d5c-4b3a-4291-8a7b-6c5d4e3f2a1b");

    private static readonly Membership Member = new(OrganisationId, PersonId, true, new DateTimeOffset(2025, 3, 3, 8, 0, 0, 1, TimeSpan.Zero));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Membership_round_trips_through_bson_bytes(bool isAdmin)
    {
        var membership = Member with { IsOrganisationAdmin = isAdmin };

        Assert.Equal(membership, MembershipDocuments.FromBson(Rendered.ThroughBytes(MembershipDocuments.ToBson(membership))));
    }

    [Fact]
    public void Membership_is_keyed_by_the_person_so_a_person_has_one_at_most()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { _id: UUID("8f7e6d5c-4b3a-4291-8a7b-6c5d4e3f2a1b"), organisationId: UUID("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"),
                  isOrganisationAdmin: true, joinedAt: ISODate("2025-03-03T08:00:00.001Z") }
                """),
            MembershipDocuments.ToBson(Member));
        BsonAssert.Equal(
            Rendered.Expected("""{ _id: UUID("8f7e6d5c-4b3a-4291-8a7b-6c5d4e3f2a1b") }"""),
            Rendered.Filter(MembershipDocuments.OfPerson(PersonId)));
    }

    [Fact]
    public void Promoting_and_removing_match_the_person_only_in_that_organisation()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { _id: UUID("8f7e6d5c-4b3a-4291-8a7b-6c5d4e3f2a1b"), organisationId: UUID("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d") }
                """),
            Rendered.Filter(MembershipDocuments.Member(OrganisationId, PersonId)));
        BsonAssert.Equal(Rendered.Expected("{ $set: { isOrganisationAdmin: false } }"), Rendered.Update(MembershipDocuments.SetAdmin(false)));
    }

    [Fact]
    public void Members_are_listed_in_joining_order_on_an_index_of_the_same_keys()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ organisationId: UUID("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d") }"""),
            Rendered.Filter(MembershipDocuments.OfOrganisation(OrganisationId)));
        BsonAssert.Equal(Rendered.Expected("{ joinedAt: 1, _id: 1 }"), Rendered.Sort(MembershipDocuments.InJoiningOrder));
        BsonAssert.Equal(
            Rendered.Expected("{ organisationId: 1, joinedAt: 1, _id: 1 }"),
            Rendered.Keys(MembershipDocuments.ByOrganisationIndex));
        Assert.Equal("memberships_by_organisation", MembershipDocuments.ByOrganisationIndex.Options.Name);
    }
}
