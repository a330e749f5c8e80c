using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;

namespace CoDraft.Storage.Mongo.Tests.Documents;

public sealed class RevisionDocumentsTests
{
    private static readonly Guid StatementId = Guid.Parse("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

    private static readonly Revision Candidate = new(
        Guid.Parse("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9"),
        StatementId,
        9,
        RevisionKind.Candidate,
        "Sign-off round 1 — «Entwurf» 🇪🇺",
        "lead@coalition.example",
        new DateTimeOffset(2025, 3, 4, 16, 0, 0, 7, TimeSpan.Zero),
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

    [Theory]
    [InlineData(RevisionKind.Auto, null)]
    [InlineData(RevisionKind.Named, "Draft 2 for partners")]
    [InlineData(RevisionKind.Candidate, "Sign-off round 1 — «Entwurf» 🇪🇺")]
    public void Revision_of_every_kind_round_trips_through_bson_bytes(RevisionKind kind, string? label)
    {
        var revision = Candidate with { Kind = kind, Label = label };

        Assert.Equal(revision, RevisionDocuments.FromBson(Rendered.ThroughBytes(RevisionDocuments.ToBson(revision))));
    }

    [Fact]
    public void Revision_is_keyed_by_its_id_with_its_kind_by_name_and_a_missing_label_as_null()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { _id: UUID("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9"), statementId: UUID("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
                  version: NumberLong(9), kind: "Auto", label: null, author: "lead@coalition.example",
                  createdAt: ISODate("2025-03-04T16:00:00.007Z"),
                  sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }
                """),
            RevisionDocuments.ToBson(Candidate with { Kind = RevisionKind.Auto, Label = null }));
    }

    [Theory]
    [InlineData("Draft")]
    [InlineData("named")]
    [InlineData("1")]
    public void Revision_of_an_unknown_kind_is_refused(string kind)
    {
        var document = RevisionDocuments.ToBson(Candidate);
        document[RevisionDocuments.Kind] = kind;

        var error = Assert.Throws<InvalidDataException>(() => RevisionDocuments.FromBson(document));

        Assert.Contains(kind, error.Message);
    }

    [Fact]
    public void Revisions_of_a_statement_are_listed_oldest_first_on_an_index_of_the_same_keys()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ statementId: UUID("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") }"""),
            Rendered.Filter(RevisionDocuments.OfStatement(StatementId)));
        BsonAssert.Equal(Rendered.Expected("{ createdAt: 1, _id: 1 }"), Rendered.Sort(RevisionDocuments.OldestFirst));
        BsonAssert.Equal(
            Rendered.Expected("{ statementId: 1, createdAt: 1, _id: 1 }"),
            Rendered.Keys(RevisionDocuments.OldestFirstIndex));
        Assert.NotEqual(true, RevisionDocuments.OldestFirstIndex.Options.Unique);
    }
}
