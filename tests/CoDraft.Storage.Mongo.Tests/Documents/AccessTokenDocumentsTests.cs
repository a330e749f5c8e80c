using CoDraft.Core.Accounts;
using CoDraft.Storage.Mongo.Documents;

namespace CoDraft.Storage.Mongo.Tests.Documents;

public sealed class AccessTokenDocumentsTests
{
    private static readonly Guid PersonId = Guid.Parse("4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e");

    private static readonly AccessToken Laptop = new(
        Guid.Parse("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"),
        PersonId,
        "Laptop — CLI 💻",
        "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
        new DateTimeOffset(2025, 3, 5, 12, 0, 0, 42, TimeSpan.Zero),
        new DateTimeOffset(2025, 6, 3, 12, 0, 0, 42, TimeSpan.Zero));

    [Fact]
    public void Token_round_trips_through_bson_bytes_revoked_or_not()
    {
        var revoked = Laptop with { RevokedAt = Laptop.CreatedAt.AddDays(1) };

        Assert.Equal(Laptop, AccessTokenDocuments.FromBson(Rendered.ThroughBytes(AccessTokenDocuments.ToBson(Laptop))));
        Assert.Equal(revoked, AccessTokenDocuments.FromBson(Rendered.ThroughBytes(AccessTokenDocuments.ToBson(revoked))));
    }

    [Fact]
    public void Token_is_stored_by_its_hash_with_no_revocation_as_null()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { _id: UUID("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"), personId: UUID("4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e"),
                  name: "Laptop — CLI 💻", tokenHash: "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
                  createdAt: ISODate("2025-03-05T12:00:00.042Z"), expiresAt: ISODate("2025-06-03T12:00:00.042Z"), revokedAt: null }
                """),
            AccessTokenDocuments.ToBson(Laptop));
    }

    [Fact]
    public void Token_hash_has_a_unique_index_that_the_look_up_uses()
    {
        BsonAssert.Equal(Rendered.Expected("{ tokenHash: 1 }"), Rendered.Keys(AccessTokenDocuments.HashIndex));
        Assert.True(AccessTokenDocuments.HashIndex.Options.Unique);
        Assert.Equal("access_tokens_hash_unique", AccessTokenDocuments.HashIndex.Options.Name);
        BsonAssert.Equal(Rendered.Expected("""{ tokenHash: "ab01" }"""), Rendered.Filter(AccessTokenDocuments.ByHash("ab01")));
    }

    [Fact]
    public void A_persons_tokens_are_listed_oldest_first_on_an_index_of_the_same_keys()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ personId: UUID("4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e") }"""),
            Rendered.Filter(AccessTokenDocuments.OfPerson(PersonId)));
        BsonAssert.Equal(Rendered.Expected("{ createdAt: 1, _id: 1 }"), Rendered.Sort(AccessTokenDocuments.OldestFirst));
        BsonAssert.Equal(Rendered.Expected("{ personId: 1, createdAt: 1, _id: 1 }"), Rendered.Keys(AccessTokenDocuments.ByPersonIndex));
        Assert.NotEqual(true, AccessTokenDocuments.ByPersonIndex.Options.Unique);
    }

    [Fact]
    public void Revoking_matches_only_the_owners_token_while_it_is_unrevoked()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { _id: UUID("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"), personId: UUID("4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e"),
                  revokedAt: null }
                """),
            Rendered.Filter(AccessTokenDocuments.Unrevoked(PersonId, Laptop.Id)));
        BsonAssert.Equal(
            Rendered.Expected("""{ $set: { revokedAt: ISODate("2025-03-06T00:00:00.500Z") } }"""),
            Rendered.Update(AccessTokenDocuments.Revoke(new DateTimeOffset(2025, 3, 6, 1, 0, 0, 500, TimeSpan.FromHours(1)))));
    }
}
