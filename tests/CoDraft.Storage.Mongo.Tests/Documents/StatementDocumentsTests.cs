using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;

namespace CoDraft.Storage.Mongo.Tests.Documents;

public sealed class StatementDocumentsTests
{
    private static readonly Guid StatementId = Guid.Parse("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f");

    private static readonly StatementRecord Statement = new(
        StatementId,
        "Offener Brief — 儿童保护 🇪🇺",
        7,
        "lead@coalition.example",
        new DateTimeOffset(2025, 3, 1, 9, 0, 0, 250, TimeSpan.Zero),
        new DateTimeOffset(2025, 3, 2, 10, 30, 0, 500, TimeSpan.Zero));

    [Fact]
    public void Statement_round_trips_through_bson_bytes()
    {
        var stored = Rendered.ThroughBytes(StatementDocuments.ToBson(Statement));

        Assert.Equal(Statement, StatementDocuments.FromBson(stored));
    }

    [Fact]
    public void Statement_is_stored_with_a_standard_uuid_id_long_head_and_dates()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { _id: UUID("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f"), title: "Offener Brief — 儿童保护 🇪🇺",
                  createdBy: "lead@coalition.example", createdAt: ISODate("2025-03-01T09:00:00.250Z"),
                  headVersion: NumberLong(7), updatedAt: ISODate("2025-03-02T10:30:00.500Z") }
                """),
            StatementDocuments.ToBson(Statement));
    }

    [Fact]
    public void Times_keep_the_instant_to_the_millisecond_and_read_back_in_utc()
    {
        var local = new DateTimeOffset(2025, 6, 30, 23, 59, 59, 123, TimeSpan.FromHours(2)).AddTicks(4567);

        var read = StatementDocuments.FromBson(Rendered.ThroughBytes(
            StatementDocuments.ToBson(Statement with { CreatedAt = local, UpdatedAt = local })));

        Assert.Equal(new DateTimeOffset(2025, 6, 30, 21, 59, 59, 123, TimeSpan.Zero), read.CreatedAt);
        Assert.Equal(TimeSpan.Zero, read.CreatedAt.Offset);
    }

    [Fact]
    public void Document_missing_a_field_is_refused_naming_the_field()
    {
        var document = StatementDocuments.ToBson(Statement);
        document.Remove(StatementDocuments.HeadVersion);

        var error = Assert.Throws<InvalidDataException>(() => StatementDocuments.FromBson(document));

        Assert.Contains("headVersion", error.Message);
    }

    [Fact]
    public void Lookup_by_id_renders_as_an_equality_on_the_uuid()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ _id: UUID("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f") }"""),
            Rendered.Filter(StatementDocuments.ById(StatementId)));
    }

    [Fact]
    public void Head_moves_only_forward_to_the_version_and_time_of_the_op()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ _id: UUID("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f"), headVersion: { $lt: NumberLong(8) } }"""),
            Rendered.Filter(StatementDocuments.HeadBelow(StatementId, 8)));
        BsonAssert.Equal(
            Rendered.Expected("""{ $set: { headVersion: NumberLong(8), updatedAt: ISODate("2025-03-02T10:30:00.500Z") } }"""),
            Rendered.Update(StatementDocuments.AdvanceHead(8, Statement.UpdatedAt)));
    }

    [Fact]
    public void Listing_sorts_newest_first_on_an_index_of_the_same_keys()
    {
        var keys = Rendered.Expected("{ createdAt: -1, _id: -1 }");

        BsonAssert.Equal(keys, Rendered.Sort(StatementDocuments.NewestFirst));
        BsonAssert.Equal(keys, Rendered.Keys(StatementDocuments.NewestFirstIndex));
        Assert.Equal("statements_newest_first", StatementDocuments.NewestFirstIndex.Options.Name);
        Assert.NotEqual(true, StatementDocuments.NewestFirstIndex.Options.Unique);
    }

    [Fact]
    public void Head_lookup_reads_only_the_head_version()
    {
        BsonAssert.Equal(Rendered.Expected("{ headVersion: 1 }"), Rendered.Projection(StatementDocuments.HeadOnly));
    }
}
