using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;

namespace CoDraft.Storage.Mongo.Tests.Documents;

public sealed class SnapshotDocumentsTests
{
    private static readonly Guid StatementId = Guid.Parse("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");

    [Fact]
    public void Snapshot_text_round_trips_exactly_through_bson_bytes()
    {
        var snapshot = new TextSnapshot(StatementId, 12, "# Offener Brief 🇪🇺\n\n儿童保护 — \"quoted\" \\ back\\slash\r\n> é\u0301 👩‍👩‍👧\n");

        Assert.Equal(snapshot, SnapshotDocuments.FromBson(Rendered.ThroughBytes(SnapshotDocuments.ToBson(snapshot))));
    }

    [Fact]
    public void Snapshot_is_stored_with_its_statement_version_and_text()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ statementId: UUID("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"), version: NumberLong(0), text: "" }"""),
            SnapshotDocuments.ToBson(new TextSnapshot(StatementId, 0, "")));
    }

    [Fact]
    public void Saving_writes_the_text_only_when_the_version_has_no_snapshot_yet()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ statementId: UUID("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"), version: NumberLong(5) }"""),
            Rendered.Filter(SnapshotDocuments.At(StatementId, 5)));
        BsonAssert.Equal(
            Rendered.Expected("""{ $setOnInsert: { text: "Dear 儿童" } }"""),
            Rendered.Update(SnapshotDocuments.InsertText("Dear 儿童")));
    }

    [Fact]
    public void Latest_snapshot_at_or_before_a_version_is_read_newest_first_on_a_unique_index()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ statementId: UUID("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"), version: { $lte: NumberLong(7) } }"""),
            Rendered.Filter(SnapshotDocuments.AtOrBefore(StatementId, 7)));
        BsonAssert.Equal(Rendered.Expected("{ version: -1 }"), Rendered.Sort(SnapshotDocuments.NewestFirst));
        BsonAssert.Equal(Rendered.Expected("{ statementId: 1, version: -1 }"), Rendered.Keys(SnapshotDocuments.VersionIndex));
        Assert.True(SnapshotDocuments.VersionIndex.Options.Unique);
        BsonAssert.Equal(Rendered.Expected("{ version: 1, _id: 0 }"), Rendered.Projection(SnapshotDocuments.VersionOnly));
    }

    [Fact]
    public void Store_copy_lists_a_statements_snapshots_oldest_first()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ statementId: UUID("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f") }"""),
            Rendered.Filter(SnapshotDocuments.OfStatement(StatementId)));
        BsonAssert.Equal(Rendered.Expected("{ version: 1 }"), Rendered.Sort(SnapshotDocuments.OldestFirst));
    }
}
