using CoDraft.Core.Accounts;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Tests.Documents;

/// <summary>Schema 4: public slugs, sign-on requests, corrections and reconfirmations, as stored and queried.</summary>
public sealed class PublicPageDocumentsTests
{
    private static readonly Guid StatementId = Guid.Parse("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d");
    private static readonly Guid RequestId = Guid.Parse("7c6d5e4f-3a2b-4c1d-8e9f-0a1b2c3d4e5f");
    private static readonly Guid Organisation = Guid.Parse("20000000-0000-4000-8000-00000000000a");
    private static readonly DateTimeOffset At = new(2025, 3, 4, 16, 0, 0, 7, TimeSpan.Zero);

    private static readonly SignOnRequest Request = new(
        RequestId, StatementId, "Kinderschutz «Bund» e.V.", "kinderschutz bund", "DE", OrganisationType.Ngo, "https://ksb.example",
        "Clara Contact", "clara@ksb.example", true, SignOnStatus.Pending, At, null, null);

    [Fact]
    public void Slug_document_is_keyed_by_the_statement_with_a_unique_slug_index()
    {
        BsonAssert.Equal(
            Rendered.Expected("""{ _id: UUID("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"), slug: "open-letter", createdAt: ISODate("2025-03-04T16:00:00.007Z") }"""),
            PublicSlugDocuments.ToBson(StatementId, "open-letter", At));
        BsonAssert.Equal(Rendered.Expected("{ slug: 1 }"), Rendered.Keys(PublicSlugDocuments.SlugIndex));
        Assert.True(PublicSlugDocuments.SlugIndex.Options.Unique);
        BsonAssert.Equal(Rendered.Expected("""{ slug: "open-letter" }"""), Rendered.Filter(PublicSlugDocuments.BySlug("open-letter")));
        var read = Rendered.ThroughBytes(PublicSlugDocuments.ToBson(StatementId, "open-letter", At));
        Assert.Equal((StatementId, "open-letter"), (PublicSlugDocuments.ReadStatementId(read), PublicSlugDocuments.ReadSlug(read)));
    }

    [Fact]
    public void Sign_on_request_is_one_document_whose_active_key_is_its_name_key_while_live()
    {
        BsonAssert.Equal(
            Rendered.Expected("""
                { _id: UUID("7c6d5e4f-3a2b-4c1d-8e9f-0a1b2c3d4e5f"), statementId: UUID("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"),
                  organisationName: "Kinderschutz «Bund» e.V.", nameKey: "kinderschutz bund", activeKey: "kinderschutz bund",
                  country: "DE", type: "Ngo", website: "https://ksb.example", contactPerson: "Clara Contact", email: "clara@ksb.example",
                  consent: true, status: "Pending", requestedAt: ISODate("2025-03-04T16:00:00.007Z"), moderatedBy: null, moderatedAt: null }
                """),
            SignOnRequestDocuments.ToBson(Request));
        Assert.Equal(BsonNull.Value, SignOnRequestDocuments.ToBson(Request with { Status = SignOnStatus.Rejected })[SignOnRequestDocuments.ActiveKey]);
    }

    [Fact]
    public void Sign_on_request_round_trips_through_bson_bytes()
    {
        var moderated = Request with { Website = null, Status = SignOnStatus.Approved, ModeratedBy = "lead", ModeratedAt = At.AddDays(1) };

        Assert.Equal(moderated, SignOnRequestDocuments.FromBson(Rendered.ThroughBytes(SignOnRequestDocuments.ToBson(moderated))));
        var unknown = SignOnRequestDocuments.ToBson(Request);
        unknown[SignOnRequestDocuments.Status] = "Maybe";
        Assert.Contains("'Maybe'", Assert.Throws<InvalidDataException>(() => SignOnRequestDocuments.FromBson(unknown)).Message);
    }

    [Fact]
    public void Only_live_requests_hold_a_name_and_moderation_matches_pending_requests_only()
    {
        var options = Assert.IsType<CreateIndexOptions<BsonDocument>>(SignOnRequestDocuments.ActiveNameIndex.Options);
        BsonAssert.Equal(Rendered.Expected("{ statementId: 1, activeKey: 1 }"), Rendered.Keys(SignOnRequestDocuments.ActiveNameIndex));
        Assert.True(options.Unique);
        BsonAssert.Equal(Rendered.Expected("{ activeKey: { $type: 2 } }"), Rendered.Filter(options.PartialFilterExpression));
        BsonAssert.Equal(Rendered.Expected("{ statementId: 1, requestedAt: 1, _id: 1 }"), Rendered.Keys(SignOnRequestDocuments.OldestFirstIndex));
        BsonAssert.Equal(Rendered.Expected("{ requestedAt: 1, _id: 1 }"), Rendered.Sort(SignOnRequestDocuments.OldestFirst));
        BsonAssert.Equal(
            Rendered.Expected("""{ _id: UUID("7c6d5e4f-3a2b-4c1d-8e9f-0a1b2c3d4e5f"), statementId: UUID("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"), status: "Pending" }"""),
            Rendered.Filter(SignOnRequestDocuments.PendingById(StatementId, RequestId)));
        BsonAssert.Equal(
            Rendered.Expected("""{ $set: { status: "Approved", moderatedBy: "lead", moderatedAt: ISODate("2025-03-04T16:00:00.007Z") } }"""),
            Rendered.Update(SignOnRequestDocuments.Moderate(SignOnStatus.Approved, "lead", At)));
        BsonAssert.Equal(
            Rendered.Expected("""{ $set: { status: "Rejected", moderatedBy: "lead", moderatedAt: ISODate("2025-03-04T16:00:00.007Z"), activeKey: null } }"""),
            Rendered.Update(SignOnRequestDocuments.Moderate(SignOnStatus.Rejected, "lead", At)));
    }

    [Fact]
    public void Correction_is_numbered_on_a_unique_index_and_round_trips()
    {
        var text = "We call on the EU «now». 🇪🇺";
        var correction = new Correction(StatementId, 2, TextHash.Sha256(text), text, "The date was missing.", At, "lead");

        BsonAssert.Equal(
            Rendered.Expected($$"""
                { statementId: UUID("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"), number: NumberLong(2), sha256: "{{correction.Sha256}}",
                  text: "{{text}}", reason: "The date was missing.", publishedAt: ISODate("2025-03-04T16:00:00.007Z"), publishedBy: "lead" }
                """),
            CorrectionDocuments.ToBson(correction));
        Assert.Equal(correction, CorrectionDocuments.FromBson(Rendered.ThroughBytes(CorrectionDocuments.ToBson(correction))));
        BsonAssert.Equal(Rendered.Expected("{ statementId: 1, number: 1 }"), Rendered.Keys(CorrectionDocuments.NumberIndex));
        Assert.True(CorrectionDocuments.NumberIndex.Options.Unique);
        BsonAssert.Equal(Rendered.Expected("{ number: -1 }"), Rendered.Sort(CorrectionDocuments.NewestFirst));
        BsonAssert.Equal(
            Rendered.Expected("""{ statementId: UUID("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"), number: NumberLong(2) }"""),
            Rendered.Filter(CorrectionDocuments.ByNumber(StatementId, 2)));
    }

    [Fact]
    public void Reconfirmation_is_one_answer_per_organisation_and_correction_and_round_trips()
    {
        var answer = new Reconfirmation(StatementId, 1, Organisation, ReconfirmationDecision.Withdrawn, "person-1", At);

        BsonAssert.Equal(
            Rendered.Expected("""
                { statementId: UUID("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"), correctionNumber: NumberLong(1),
                  organisationId: UUID("20000000-0000-4000-8000-00000000000a"), decision: "Withdrawn", personId: "person-1",
                  at: ISODate("2025-03-04T16:00:00.007Z") }
                """),
            ReconfirmationDocuments.ToBson(answer));
        Assert.Equal(answer, ReconfirmationDocuments.FromBson(Rendered.ThroughBytes(ReconfirmationDocuments.ToBson(answer))));
        BsonAssert.Equal(Rendered.Expected("{ statementId: 1, correctionNumber: 1, organisationId: 1 }"), Rendered.Keys(ReconfirmationDocuments.AnswerIndex));
        Assert.True(ReconfirmationDocuments.AnswerIndex.Options.Unique);
        BsonAssert.Equal(
            Rendered.Expected("""
                { statementId: UUID("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"), correctionNumber: NumberLong(1),
                  organisationId: UUID("20000000-0000-4000-8000-00000000000a") }
                """),
            Rendered.Filter(ReconfirmationDocuments.Answer(StatementId, 1, Organisation)));
    }
}
