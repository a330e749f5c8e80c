using CoDraft.Core.Review;
using CoDraft.Storage.Mongo.Documents;

namespace CoDraft.Storage.Mongo.Tests.Documents;

public sealed class ReviewDocumentsTests
{
    private static readonly Guid StatementId = Guid.Parse("13243546-5768-4a9b-8cad-bedf01234567");
    private static readonly Guid ThreadId = Guid.Parse("40000000-0000-4000-8000-000000000001");
    private static readonly Guid SuggestionId = Guid.Parse("40000000-0000-4000-8000-000000000002");
    private static readonly Guid Author = Guid.Parse("30000000-0000-4000-8000-000000000001");
    private static readonly Guid Organisation = Guid.Parse("20000000-0000-4000-8000-00000000000a");
    private static readonly Guid ReplyId = Guid.Parse("50000000-0000-4000-8000-000000000001");
    private static readonly DateTimeOffset At = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly CommentThread Thread = new(
        ThreadId, StatementId, new Anchor(15, 19, "😀 EU", false), 7, Author, Organisation, "Why an emoji?", At,
        ThreadStatus.Resolved, Author, At.AddMinutes(5), [new CommentReply(ReplyId, Author, Organisation, "Fixed.", At.AddMinutes(1))]);

    private static readonly Suggestion Suggestion = new(
        SuggestionId, StatementId, new Anchor(3, 3, "ask", true), 9, "urge", Author, Organisation, At, 4,
        SuggestionState.Accepted, Author, At.AddMinutes(2), 10);

    [Fact]
    public void A_thread_round_trips_through_bson_bytes_with_its_replies()
    {
        Assert.Equal(Thread, CommentThreadDocuments.FromBson(Rendered.ThroughBytes(CommentThreadDocuments.ToBson(Thread))));
        var open = Thread with { Status = ThreadStatus.Open, StatusChangedBy = null, StatusChangedAt = null, Replies = [] };
        Assert.Equal(open, CommentThreadDocuments.FromBson(Rendered.ThroughBytes(CommentThreadDocuments.ToBson(open))));
    }

    [Fact]
    public void A_thread_is_one_document_with_its_anchor_and_replies_embedded()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { _id: UUID("40000000-0000-4000-8000-000000000001"), statementId: UUID("13243546-5768-4a9b-8cad-bedf01234567"),
                  anchor: { start: 15, end: 19, quote: "😀 EU", orphaned: false }, anchorVersion: NumberLong(7),
                  authorId: UUID("30000000-0000-4000-8000-000000000001"), organisationId: UUID("20000000-0000-4000-8000-00000000000a"),
                  body: "Why an emoji?", createdAt: ISODate("2025-03-01T09:00:00Z"), status: "Resolved",
                  statusChangedBy: UUID("30000000-0000-4000-8000-000000000001"), statusChangedAt: ISODate("2025-03-01T09:05:00Z"),
                  replies: [{ _id: UUID("50000000-0000-4000-8000-000000000001"), authorId: UUID("30000000-0000-4000-8000-000000000001"),
                              organisationId: UUID("20000000-0000-4000-8000-00000000000a"), body: "Fixed.", createdAt: ISODate("2025-03-01T09:01:00Z") }] }
                """),
            CommentThreadDocuments.ToBson(Thread));
    }

    [Fact]
    public void A_suggestion_round_trips_through_bson_bytes()
    {
        Assert.Equal(Suggestion, SuggestionDocuments.FromBson(Rendered.ThroughBytes(SuggestionDocuments.ToBson(Suggestion))));
        var open = Suggestion with { State = SuggestionState.Open, DecidedBy = null, DecidedAt = null, AppliedVersion = null };
        Assert.Equal(open, SuggestionDocuments.FromBson(Rendered.ThroughBytes(SuggestionDocuments.ToBson(open))));
    }

    [Fact]
    public void A_suggestion_with_an_unknown_state_or_a_malformed_anchor_is_refused()
    {
        var unknown = SuggestionDocuments.ToBson(Suggestion);
        unknown[SuggestionDocuments.State] = "Pending";
        var malformed = SuggestionDocuments.ToBson(Suggestion);
        malformed[SuggestionDocuments.Anchor] = "3-6";

        Assert.Contains("'Pending'", Assert.Throws<InvalidDataException>(() => SuggestionDocuments.FromBson(unknown)).Message);
        Assert.Contains("anchor", Assert.Throws<InvalidDataException>(() => SuggestionDocuments.FromBson(malformed)).Message);
    }

    [Fact]
    public void Replies_are_pushed_and_statuses_set_only_when_they_change()
    {
        var reply = Thread.Replies[0];
        BsonAssert.Equal(
            Rendered.Expected("""
                { $push: { replies: { _id: UUID("50000000-0000-4000-8000-000000000001"), authorId: UUID("30000000-0000-4000-8000-000000000001"),
                  organisationId: UUID("20000000-0000-4000-8000-00000000000a"), body: "Fixed.", createdAt: ISODate("2025-03-01T09:01:00Z") } } }
                """),
            Rendered.Update(CommentThreadDocuments.Push(reply)));
        BsonAssert.Equal(
            Rendered.Expected("""
                { _id: UUID("40000000-0000-4000-8000-000000000001"), statementId: UUID("13243546-5768-4a9b-8cad-bedf01234567"), status: { $ne: "Resolved" } }
                """),
            Rendered.Filter(CommentThreadDocuments.NotIn(StatementId, ThreadId, ThreadStatus.Resolved)));
    }

    [Fact]
    public void A_decision_matches_only_an_open_suggestion()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { _id: UUID("40000000-0000-4000-8000-000000000002"), statementId: UUID("13243546-5768-4a9b-8cad-bedf01234567"), state: "Open" }
                """),
            Rendered.Filter(SuggestionDocuments.StillOpen(StatementId, SuggestionId)));
        BsonAssert.Equal(
            Rendered.Expected("""
                { $set: { state: "Rejected", decidedBy: UUID("30000000-0000-4000-8000-000000000001"), decidedAt: ISODate("2025-03-01T09:00:00Z"), appliedVersion: null } }
                """),
            Rendered.Update(SuggestionDocuments.Decide(new SuggestionDecision(SuggestionId, SuggestionState.Rejected, Author, At, null))));
    }

    [Fact]
    public void An_anchor_moves_only_forward_in_versions()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { _id: UUID("40000000-0000-4000-8000-000000000001"), statementId: UUID("13243546-5768-4a9b-8cad-bedf01234567"), anchorVersion: { $lt: NumberLong(12) } }
                """),
            Rendered.Filter(ReviewAnchorDocuments.OlderThan(StatementId, ThreadId, 12)));
        BsonAssert.Equal(
            Rendered.Expected("""{ $set: { anchor: { start: 1, end: 3, quote: "EU", orphaned: false }, anchorVersion: NumberLong(12) } }"""),
            Rendered.Update(ReviewAnchorDocuments.MoveTo(new Anchor(1, 3, "EU", false), 12)));
    }

    [Fact]
    public void Threads_and_suggestions_are_listed_oldest_first_on_an_index_per_statement()
    {
        BsonAssert.Equal(Rendered.Expected("{ statementId: 1, createdAt: 1, _id: 1 }"), Rendered.Keys(CommentThreadDocuments.OldestFirstIndex));
        BsonAssert.Equal(Rendered.Expected("{ statementId: 1, createdAt: 1, _id: 1 }"), Rendered.Keys(SuggestionDocuments.OldestFirstIndex));
        BsonAssert.Equal(Rendered.Expected("{ createdAt: 1, _id: 1 }"), Rendered.Sort(CommentThreadDocuments.OldestFirst));
        BsonAssert.Equal(
            Rendered.Expected("""{ statementId: UUID("13243546-5768-4a9b-8cad-bedf01234567") }"""),
            Rendered.Filter(SuggestionDocuments.OfStatement(StatementId)));
    }
}
