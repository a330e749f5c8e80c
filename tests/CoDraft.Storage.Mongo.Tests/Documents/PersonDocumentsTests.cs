using CoDraft.Core.Accounts;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Tests.Documents;

public sealed class PersonDocumentsTests
{
    private static readonly Person Amira = new(
        Guid.Parse("5d4c3b2a-1f0e-4d9c-8b7a-695847362514"),
        "amira@kinderschutz.example",
        "Amira Haddad 👩‍⚖️ — 儿童",
        "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA",
        "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        false,
        new DateTimeOffset(2025, 3, 1, 9, 0, 0, 125, TimeSpan.Zero));

    [Fact]
    public void Person_round_trips_through_bson_bytes_locked_or_not()
    {
        var locked = Amira with { IsAdministrator = true, FailedSignIns = 5, LockedUntil = Amira.CreatedAt.AddMinutes(15) };

        Assert.Equal(Amira, PersonDocuments.FromBson(Rendered.ThroughBytes(PersonDocuments.ToBson(Amira))));
        Assert.Equal(locked, PersonDocuments.FromBson(Rendered.ThroughBytes(PersonDocuments.ToBson(locked))));
    }

    [Fact]
    public void Person_is_keyed_by_id_with_no_lock_stored_as_null()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { _id: UUID("5d4c3b2a-1f0e-4d9c-8b7a-695847362514"), email: "amira@kinderschutz.example",
                  name: "Amira Haddad 👩‍⚖️ — 儿童", passwordHash: "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA",
                  securityStamp: "0f1e2d3c4b5a69788796a5b4c3d2e1f0", isAdministrator: false,
                  createdAt: ISODate("2025-03-01T09:00:00.125Z"), failedSignIns: 0, lockedUntil: null }
                """),
            PersonDocuments.ToBson(Amira));
    }

    [Fact]
    public void Person_with_a_malformed_flag_or_counter_is_refused_naming_the_field()
    {
        var flag = PersonDocuments.ToBson(Amira);
        flag[PersonDocuments.IsAdministrator] = 1;
        var counter = PersonDocuments.ToBson(Amira);
        counter[PersonDocuments.FailedSignIns] = "3";

        Assert.Contains("isAdministrator", Assert.Throws<InvalidDataException>(() => PersonDocuments.FromBson(flag)).Message);
        Assert.Contains("failedSignIns", Assert.Throws<InvalidDataException>(() => PersonDocuments.FromBson(counter)).Message);
    }

    [Fact]
    public void Email_has_a_unique_index_that_finding_by_email_uses()
    {
        BsonAssert.Equal(Rendered.Expected("{ email: 1 }"), Rendered.Keys(PersonDocuments.EmailIndex));
        Assert.True(PersonDocuments.EmailIndex.Options.Unique);
        Assert.Equal("people_email_unique", PersonDocuments.EmailIndex.Options.Name);
        BsonAssert.Equal(
            Rendered.Expected("""{ email: "amira@kinderschutz.example" }"""),
            Rendered.Filter(PersonDocuments.ByEmail("amira@kinderschutz.example")));
        BsonAssert.Equal(
            Rendered.Expected("""{ _id: UUID("5d4c3b2a-1f0e-4d9c-8b7a-695847362514") }"""),
            Rendered.Filter(PersonDocuments.ById(Amira.Id)));
    }

    [Fact]
    public void Administrator_check_queries_exactly_the_partial_filter_of_its_index()
    {
        var options = Assert.IsType<CreateIndexOptions<BsonDocument>>(PersonDocuments.AdministratorsIndex.Options);
        var administrators = Rendered.Expected("{ isAdministrator: true }");

        BsonAssert.Equal(Rendered.Expected("{ isAdministrator: 1 }"), Rendered.Keys(PersonDocuments.AdministratorsIndex));
        BsonAssert.Equal(administrators, Rendered.Filter(options.PartialFilterExpression));
        BsonAssert.Equal(administrators, Rendered.Filter(PersonDocuments.Administrators));
        Assert.NotEqual(true, options.Unique);
        BsonAssert.Equal(Rendered.Expected("{ _id: 1 }"), Rendered.Projection(PersonDocuments.IdOnly));
    }

    [Fact]
    public void Update_sets_everything_but_id_email_and_creation_time()
    {
        var changed = Amira with
        {
            Email = "other@partner.example", CreatedAt = DateTimeOffset.UnixEpoch, Name = "Amira H.", PasswordHash = "new-hash",
            SecurityStamp = "new-stamp", IsAdministrator = true, FailedSignIns = 3, LockedUntil = Amira.CreatedAt.AddMinutes(15),
        };

        BsonAssert.Equal(
            Rendered.Expected("""
                { $set: { name: "Amira H.", passwordHash: "new-hash", securityStamp: "new-stamp", isAdministrator: true,
                          failedSignIns: 3, lockedUntil: ISODate("2025-03-01T09:15:00.125Z") } }
                """),
            Rendered.Update(PersonDocuments.Replace(changed)));
        BsonAssert.Equal(
            Rendered.Expected("""
                { $set: { name: "Amira H.", passwordHash: "new-hash", securityStamp: "new-stamp", isAdministrator: true,
                          failedSignIns: 3, lockedUntil: null } }
                """),
            Rendered.Update(PersonDocuments.Replace(changed with { LockedUntil = null })));
    }
}
