using CoDraft.Core.Audit;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;

namespace CoDraft.Storage.Mongo.Tests.Documents;

public sealed class SignOffDocumentsTests
{
    private static readonly Guid StatementId = Guid.Parse("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d");
    private static readonly Guid RoundId = Guid.Parse("6b5c4d3e-2f10-4b8a-9d7e-5f4a3b2c1d0e");
    private static readonly Guid Convening = Guid.Parse("20000000-0000-4000-8000-000000000001");
    private static readonly Guid Partner = Guid.Parse("20000000-0000-4000-8000-00000000000a");
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static readonly DateTimeOffset At = new(2025, 3, 4, 16, 0, 0, 7, TimeSpan.Zero);

    private static readonly SignOffRound Round = new(RoundId, StatementId, [Partner, Convening], At.AddDays(7), [new SignOffCandidate(9, Hash, At)]);

    [Fact]
    public void Round_is_one_document_with_its_organisations_candidates_and_decisions_in_order()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { _id: UUID("6b5c4d3e-2f10-4b8a-9d7e-5f4a3b2c1d0e"), statementId: UUID("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"),
                  position: NumberLong(2),
                  requiredOrganisationIds: [UUID("20000000-0000-4000-8000-00000000000a"), UUID("20000000-0000-4000-8000-000000000001")],
                  deadline: ISODate("2025-03-11T16:00:00.007Z"), openedAt: ISODate("2025-03-04T16:00:00.007Z"), openedBy: "lead",
                  candidates: [{ version: NumberLong(9), sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", issuedAt: ISODate("2025-03-04T16:00:00.007Z") }],
                  decisions: [] }
                """),
            SignOffRoundDocuments.ToBson(Round, 2, "lead", At));
    }

    [Fact]
    public void Round_round_trips_through_bson_bytes_with_its_pushed_candidates_and_decisions()
    {
        var second = new SignOffCandidate(11, TextHash.Sha256("Fixed «text» 🇪🇺"), At.AddHours(1));
        var decision = new SignOffDecision(Partner, "person-1", SignOffDecisionKind.RequestChanges, 9, Hash, "Say «now».", At.AddMinutes(5));
        var document = SignOffRoundDocuments.ToBson(Round with { Deadline = null }, 1, "lead", At);
        document[SignOffRoundDocuments.Candidates].AsBsonArray.Add(SignOffRoundDocuments.ToBson(second));
        document[SignOffRoundDocuments.Decisions].AsBsonArray.Add(SignOffRoundDocuments.ToBson(decision));

        var read = SignOffRoundDocuments.FromBson(Rendered.ThroughBytes(document));

        Assert.Equal((RoundId, StatementId, (DateTimeOffset?)null, "lead", At), (read.Round.Id, read.Round.StatementId, read.Round.Deadline, read.OpenedBy, read.OpenedAt));
        Assert.Equal([Partner, Convening], read.Round.RequiredOrganisations);
        Assert.Equal([Round.Current, second], read.Round.Candidates);
        Assert.Equal([decision], read.Decisions);
    }

    [Fact]
    public void Candidates_and_decisions_are_pushed_and_rounds_are_numbered_on_a_unique_index()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ $push: { decisions: { organisationId: UUID("20000000-0000-4000-8000-00000000000a"), personId: "p", kind: "Approve", candidateVersion: NumberLong(9), candidateSha256: "h", comment: null, at: ISODate("2025-03-04T16:00:00.007Z") } } }"""),
            Rendered.Update(SignOffRoundDocuments.PushDecision(new SignOffDecision(Partner, "p", SignOffDecisionKind.Approve, 9, "h", null, At))));
        BsonAssert.Equal(Rendered.Expected("{ statementId: 1, position: 1 }"), Rendered.Keys(SignOffRoundDocuments.PositionIndex));
        Assert.True(SignOffRoundDocuments.PositionIndex.Options.Unique);
        BsonAssert.Equal(Rendered.Expected("{ position: -1 }"), Rendered.Sort(SignOffRoundDocuments.NewestFirst));
    }

    [Fact]
    public void Decision_of_an_unknown_kind_is_refused()
    {
        var document = SignOffRoundDocuments.ToBson(Round, 1, "lead", At);
        var decision = SignOffRoundDocuments.ToBson(new SignOffDecision(Partner, "p", SignOffDecisionKind.Decline, 9, Hash, null, At));
        decision[SignOffRoundDocuments.Kind] = "Abstain";
        document[SignOffRoundDocuments.Decisions].AsBsonArray.Add(decision);

        var error = Assert.Throws<InvalidDataException>(() => SignOffRoundDocuments.FromBson(document));

        Assert.Contains("'Abstain'", error.Message);
    }

    [Fact]
    public void Lifecycle_changes_set_the_state_by_name_and_count_every_dependent_write()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ $set: { state: "InReview", changedAt: ISODate("2025-03-04T16:00:00.007Z"), changedBy: "lead" }, $inc: { changes: NumberLong(1) } }"""),
            Rendered.Update(LifecycleDocuments.SetState(StatementState.InReview, "lead", At)));
        BsonAssert.Equal(Rendered.Expected("{ $inc: { changes: NumberLong(1) } }"), Rendered.Update(LifecycleDocuments.Touch));
        var read = LifecycleDocuments.FromBson(Rendered.Expected("""
            { _id: UUID("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"), state: "Approved", changedAt: ISODate("2025-03-04T16:00:00.007Z"), changedBy: "lead", changes: NumberLong(4) }
            """));
        Assert.Equal(new StatementLifecycle(StatementId, StatementState.Approved, At, "lead"), read);
    }

    [Fact]
    public void Audit_entry_round_trips_and_chains_are_unique_per_sequence()
    {
        var entry = AuditChain.Next(null, StatementId, At, "lead", "round.opened", """{"note":"«oui» 🇪🇺"}""");

        Assert.Equal(entry, AuditDocuments.FromBson(Rendered.ThroughBytes(AuditDocuments.ToBson(entry))));
        BsonAssert.Equal(
            Rendered.Expected($$"""
                { statementId: UUID("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"), sequence: NumberLong(1), at: ISODate("2025-03-04T16:00:00.007Z"),
                  actor: "lead", action: "round.opened", details: "{\"note\":\"«oui» 🇪🇺\"}",
                  previousHash: "{{AuditChain.GenesisHash}}", hash: "{{entry.Hash}}" }
                """),
            AuditDocuments.ToBson(entry));
        BsonAssert.Equal(Rendered.Expected("{ statementId: 1, sequence: 1 }"), Rendered.Keys(AuditDocuments.SequenceIndex));
        Assert.True(AuditDocuments.SequenceIndex.Options.Unique);
    }

    [Fact]
    public void Publication_is_keyed_by_its_statement_with_an_optional_embargo()
    {
        var publication = new Publication(StatementId, 9, TextHash.Sha256("Final «text»."), "Final «text».", At, "lead", null);

        Assert.Equal(publication, PublicationDocuments.FromBson(Rendered.ThroughBytes(PublicationDocuments.ToBson(publication))));
        var embargoed = publication with { PublicFrom = At.AddDays(1) };
        Assert.Equal(embargoed, PublicationDocuments.FromBson(Rendered.ThroughBytes(PublicationDocuments.ToBson(embargoed))));
        BsonAssert.Equal(
            Rendered.Expected($$"""
                { _id: UUID("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"), version: NumberLong(9), sha256: "{{publication.Sha256}}", text: "Final «text».",
                  publishedAt: ISODate("2025-03-04T16:00:00.007Z"), publishedBy: "lead", publicFrom: null }
                """),
            PublicationDocuments.ToBson(publication));
        BsonAssert.Equal(Rendered.Expected("{ publishedAt: -1, _id: -1 }"), Rendered.Keys(PublicationDocuments.NewestFirstIndex));
    }
}
