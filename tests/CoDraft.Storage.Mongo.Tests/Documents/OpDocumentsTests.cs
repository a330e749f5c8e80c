using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Storage.Mongo.Documents;

namespace CoDraft.Storage.Mongo.Tests.Documents;

public sealed class OpDocumentsTests
{
    private static readonly Guid StatementId = Guid.Parse("0b9e8d7c-6a5b-4c3d-9e2f-1a0b9c8d7e6f");

    private static readonly DateTimeOffset CommittedAt = new(2025, 3, 1, 9, 15, 30, 42, TimeSpan.Zero);

    private static CommittedOp Op(TextOp op, long version = 2, string clientId = "alice", long seq = 7) =>
        new(StatementId, version, op, clientId, seq, "editor@partner.example", CommittedAt);

    [Fact]
    public void Op_with_emoji_cjk_and_deletes_with_and_without_text_round_trips_through_bson_bytes()
    {
        var op = Op(new TextOp(
        [
            OpComponent.Retain(13),
            OpComponent.Delete("👩‍👩‍👧"),
            OpComponent.Insert("儿童保护 🧒 \"quoted\" back\\slash\r\n"),
            OpComponent.Retain(5),
            OpComponent.DeleteCount(2),
        ]));

        var read = OpDocuments.FromBson(Rendered.ThroughBytes(OpDocuments.ToBson(op)));

        Assert.Equal(op, read);
        Assert.Equal(op.Op.ToString(), read.Op.ToString());
    }

    [Fact]
    public void Op_is_stored_in_the_shape_of_its_json_form()
    {
        var op = Op(new TextOp([OpComponent.Retain(3), OpComponent.Insert("儿童"), OpComponent.Delete("old"), OpComponent.DeleteCount(2)]));

        BsonAssert.Equal(
            Rendered.Expected("""
                { statementId: UUID("0b9e8d7c-6a5b-4c3d-9e2f-1a0b9c8d7e6f"), version: NumberLong(2),
                  op: [3, "儿童", { d: "old" }, { d: 2 }], clientId: "alice", seq: NumberLong(7),
                  author: "editor@partner.example", committedAt: ISODate("2025-03-01T09:15:30.042Z") }
                """),
            OpDocuments.ToBson(op));
    }

    [Theory]
    [InlineData("""{ op: [1.5] }""")]
    [InlineData("""{ op: [{ d: true }] }""")]
    [InlineData("""{ op: [{ d: "x", e: 1 }] }""")]
    [InlineData("""{ op: "not an array" }""")]
    public void Malformed_stored_op_is_refused(string json)
    {
        var document = OpDocuments.ToBson(Op(TextOp.Identity));
        document[OpDocuments.Op] = Rendered.Expected(json)[OpDocuments.Op];

        Assert.Throws<InvalidDataException>(() => OpDocuments.FromBson(document));
    }

    [Fact]
    public void Versions_and_submissions_each_have_a_unique_index()
    {
        BsonAssert.Equal(Rendered.Expected("{ statementId: 1, version: 1 }"), Rendered.Keys(OpDocuments.VersionIndex));
        Assert.True(OpDocuments.VersionIndex.Options.Unique);
        Assert.Equal("ops_version_unique", OpDocuments.VersionIndex.Options.Name);
        BsonAssert.Equal(Rendered.Expected("{ statementId: 1, clientId: 1, seq: 1 }"), Rendered.Keys(OpDocuments.SubmissionIndex));
        Assert.True(OpDocuments.SubmissionIndex.Options.Unique);
        Assert.Equal("ops_submission_unique", OpDocuments.SubmissionIndex.Options.Name);
    }

    [Fact]
    public void Range_renders_as_after_exclusive_and_up_to_inclusive()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { statementId: UUID("0b9e8d7c-6a5b-4c3d-9e2f-1a0b9c8d7e6f"),
                  version: { $gt: NumberLong(2), $lte: NumberLong(9223372036854775807) } }
                """),
            Rendered.Filter(OpDocuments.InRange(StatementId, 2, long.MaxValue)));
    }

    [Fact]
    public void Submission_renders_as_the_keys_of_its_unique_index()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { statementId: UUID("0b9e8d7c-6a5b-4c3d-9e2f-1a0b9c8d7e6f"), clientId: "alice", seq: NumberLong(42) }
                """),
            Rendered.Filter(OpDocuments.Submission(StatementId, "alice", 42)));
    }

    [Fact]
    public void Any_of_several_submissions_renders_as_one_alternative_each()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { statementId: UUID("0b9e8d7c-6a5b-4c3d-9e2f-1a0b9c8d7e6f"),
                  $or: [{ clientId: "alice", seq: NumberLong(1) }, { clientId: "bob", seq: NumberLong(3) }] }
                """),
            Rendered.Filter(OpDocuments.AnySubmission(StatementId, [("alice", 1), ("bob", 3)])));
    }

    [Fact]
    public void Log_reads_in_version_order_and_the_head_is_the_highest_version()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ statementId: UUID("0b9e8d7c-6a5b-4c3d-9e2f-1a0b9c8d7e6f") }"""),
            Rendered.Filter(OpDocuments.OfStatement(StatementId)));
        BsonAssert.Equal(Rendered.Expected("{ version: 1 }"), Rendered.Sort(OpDocuments.OldestFirst));
        BsonAssert.Equal(Rendered.Expected("{ version: -1 }"), Rendered.Sort(OpDocuments.NewestFirst));
        BsonAssert.Equal(
            Rendered.Expected("{ version: 1, committedAt: 1, _id: 0 }"),
            Rendered.Projection(OpDocuments.VersionAndTimeOnly));
        BsonAssert.Equal(
            Rendered.Expected("{ clientId: 1, seq: 1, version: 1, _id: 0 }"),
            Rendered.Projection(OpDocuments.SubmissionOnly));
    }
}
