using CoDraft.Core.Accounts;
using CoDraft.Storage.Mongo.Documents;

namespace CoDraft.Storage.Mongo.Tests.Documents;

public sealed class InvitationDocumentsTests
{
    private static readonly Guid InvitationId = Guid.Parse("e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7");

    private static readonly Invitation ToOrganisation = new(
        InvitationId,
        "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9",
        "neu@partner.example",
        Guid.Parse("a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"),
        true,
        null,
        null,
        Guid.Parse("b1c2d3e4-f5a6-4b7c-9d8e-0f1a2b3c4d5e"),
        new DateTimeOffset(2025, 3, 7, 10, 0, 0, 3, TimeSpan.Zero),
        new DateTimeOffset(2025, 3, 14, 10, 0, 0, 3, TimeSpan.Zero));

    [Fact]
    public void Invitation_round_trips_through_bson_bytes_with_or_without_statement_and_use()
    {
        var statementId = Guid.Parse("d4c3b2a1-0f9e-4d8c-b7a6-958473625140");
        Invitation[] invitations =
        [
            ToOrganisation,
            ToOrganisation with { OrganisationAdmin = false, StatementId = statementId, Role = StatementRole.Signatory },
            ToOrganisation with
            {
                StatementId = statementId, Role = StatementRole.Lead,
                UsedAt = new DateTimeOffset(2025, 3, 8, 9, 0, 0, TimeSpan.Zero), UsedBy = Guid.Parse("9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4"),
            },
            ToOrganisation with { RevokedAt = new DateTimeOffset(2025, 3, 9, 9, 0, 0, TimeSpan.Zero) },
        ];

        Assert.Equal(invitations, invitations.Select(i => InvitationDocuments.FromBson(Rendered.ThroughBytes(InvitationDocuments.ToBson(i)))));
    }

    [Fact]
    public void Invitation_is_stored_by_its_hash_with_role_by_name_and_what_is_missing_as_null()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { _id: UUID("e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7"),
                  tokenHash: "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9", email: "neu@partner.example",
                  organisationId: UUID("a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"), organisationAdmin: false,
                  statementId: UUID("d4c3b2a1-0f9e-4d8c-b7a6-958473625140"), role: "Commenter",
                  createdBy: UUID("b1c2d3e4-f5a6-4b7c-9d8e-0f1a2b3c4d5e"), createdAt: ISODate("2025-03-07T10:00:00.003Z"),
                  expiresAt: ISODate("2025-03-14T10:00:00.003Z"), usedAt: null, usedBy: null, revokedAt: null }
                """),
            InvitationDocuments.ToBson(ToOrganisation with
            {
                OrganisationAdmin = false, StatementId = Guid.Parse("d4c3b2a1-0f9e-4d8c-b7a6-958473625140"), Role = StatementRole.Commenter,
            }));
    }

    [Theory]
    [InlineData("signatory")]
    [InlineData("2")]
    [InlineData("Owner")]
    public void Invitation_with_an_unknown_role_is_refused(string role)
    {
        var document = InvitationDocuments.ToBson(ToOrganisation);
        document[InvitationDocuments.Role] = role;

        var error = Assert.Throws<InvalidDataException>(() => InvitationDocuments.FromBson(document));

        Assert.Contains(role, error.Message);
    }

    [Fact]
    public void Token_hash_has_a_unique_index_that_opening_a_link_uses()
    {
        BsonAssert.Equal(Rendered.Expected("{ tokenHash: 1 }"), Rendered.Keys(InvitationDocuments.HashIndex));
        Assert.True(InvitationDocuments.HashIndex.Options.Unique);
        Assert.Equal("invitations_hash_unique", InvitationDocuments.HashIndex.Options.Name);
        BsonAssert.Equal(Rendered.Expected("""{ tokenHash: "cd02" }"""), Rendered.Filter(InvitationDocuments.ByHash("cd02")));
    }

    [Fact]
    public void Claiming_matches_the_invitation_only_while_unused_and_records_who_and_when()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ _id: UUID("e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7"), usedAt: null, revokedAt: null }"""),
            Rendered.Filter(InvitationDocuments.Unclaimed(InvitationId)));
        BsonAssert.Equal(
            Rendered.Expected("""
                { $set: { usedAt: ISODate("2025-03-08T09:00:00.250Z"), usedBy: UUID("9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4") } }
                """),
            Rendered.Update(InvitationDocuments.Claim(
                Guid.Parse("9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4"), new DateTimeOffset(2025, 3, 8, 9, 0, 0, 250, TimeSpan.Zero))));
    }

    [Fact]
    public void An_invitation_written_before_revocation_existed_reads_as_never_revoked()
    {
        var document = InvitationDocuments.ToBson(ToOrganisation);
        document.Remove(InvitationDocuments.RevokedAt);

        Assert.Equal(ToOrganisation, InvitationDocuments.FromBson(document));
    }

    [Fact]
    public void Pending_invitations_are_listed_by_organisation_or_statement_while_neither_used_nor_revoked()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ organisationId: UUID("a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"), usedAt: null, revokedAt: null }"""),
            Rendered.Filter(InvitationDocuments.OpenOfOrganisation(ToOrganisation.OrganisationId)));
        BsonAssert.Equal(
            Rendered.Expected("""{ statementId: UUID("d4c3b2a1-0f9e-4d8c-b7a6-958473625140"), usedAt: null, revokedAt: null }"""),
            Rendered.Filter(InvitationDocuments.OpenOfStatement(Guid.Parse("d4c3b2a1-0f9e-4d8c-b7a6-958473625140"))));
        BsonAssert.Equal(Rendered.Expected("{ organisationId: 1, createdAt: 1 }"), Rendered.Keys(InvitationDocuments.ByOrganisationIndex));
        BsonAssert.Equal(Rendered.Expected("{ statementId: 1, createdAt: 1 }"), Rendered.Keys(InvitationDocuments.ByStatementIndex));
        BsonAssert.Equal(
            Rendered.Expected("""{ $set: { revokedAt: ISODate("2025-03-08T09:00:00.250Z") } }"""),
            Rendered.Update(InvitationDocuments.Revoke(new DateTimeOffset(2025, 3, 8, 9, 0, 0, 250, TimeSpan.Zero))));
    }
}
