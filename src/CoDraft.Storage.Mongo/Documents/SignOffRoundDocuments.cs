using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>signOffRounds</c> collection: one document per round, keyed by its id, numbered per statement by
/// <c>position</c> (unique with the statement, the highest being the current round), holding its required
/// organisations, candidates and decisions as arrays in order. See docs/storage.md.
/// </summary>
internal static class SignOffRoundDocuments
{
    public const string Collection = "signOffRounds";
    public const string Id = "_id";
    public const string StatementId = "statementId";
    public const string Position = "position";
    public const string RequiredOrganisationIds = "requiredOrganisationIds";
    public const string Deadline = "deadline";
    public const string OpenedAt = "openedAt";
    public const string OpenedBy = "openedBy";
    public const string Candidates = "candidates";
    public const string Decisions = "decisions";
    public const string Version = "version";
    public const string Sha256 = "sha256";
    public const string IssuedAt = "issuedAt";
    public const string OrganisationId = "organisationId";
    public const string PersonId = "personId";
    public const string Kind = "kind";
    public const string CandidateVersion = "candidateVersion";
    public const string CandidateSha256 = "candidateSha256";
    public const string Comment = "comment";
    public const string At = "at";

    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>Two rounds opened at once cannot take the same position; also serves listing and finding the current round.</summary>
    public static readonly CreateIndexModel<BsonDocument> PositionIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(StatementId).Ascending(Position),
        new CreateIndexOptions { Name = "signoff_rounds_position_unique", Unique = true });

    public static readonly SortDefinition<BsonDocument> OldestFirst = Builders<BsonDocument>.Sort.Ascending(Position);

    public static readonly SortDefinition<BsonDocument> NewestFirst = Builders<BsonDocument>.Sort.Descending(Position);

    public static BsonDocument ToBson(SignOffRound round, long position, string openedBy, DateTimeOffset openedAt) => new()
    {
        { Id, BsonValues.Id(round.Id) },
        { StatementId, BsonValues.Id(round.StatementId) },
        { Position, new BsonInt64(position) },
        { RequiredOrganisationIds, new BsonArray(round.RequiredOrganisations.Select(BsonValues.Id)) },
        { Deadline, BsonValues.NullableTime(round.Deadline) },
        { OpenedAt, BsonValues.Time(openedAt) },
        { OpenedBy, openedBy },
        { Candidates, new BsonArray(round.Candidates.Select(ToBson)) },
        { Decisions, new BsonArray() },
    };

    public static BsonDocument ToBson(SignOffCandidate candidate) => new()
    {
        { Version, new BsonInt64(candidate.Version) },
        { Sha256, candidate.Sha256 },
        { IssuedAt, BsonValues.Time(candidate.IssuedAt) },
    };

    public static BsonDocument ToBson(SignOffDecision decision) => new()
    {
        { OrganisationId, BsonValues.Id(decision.OrganisationId) },
        { PersonId, decision.PersonId },
        { Kind, decision.Kind.ToString() },
        { CandidateVersion, new BsonInt64(decision.CandidateVersion) },
        { CandidateSha256, decision.CandidateSha256 },
        { Comment, BsonValues.NullableString(decision.Comment) },
        { At, BsonValues.Time(decision.At) },
    };

    public static SignOffRoundRecord FromBson(BsonDocument document) => new(
        new SignOffRound(
            BsonValues.ReadId(document, Id),
            BsonValues.ReadId(document, StatementId),
            BsonValues.ReadArray(document, RequiredOrganisationIds).Select(v => BsonValues.AsId(v, RequiredOrganisationIds)).ToList(),
            BsonValues.ReadNullableTime(document, Deadline),
            BsonValues.ReadArray(document, Candidates).Select(v => ReadCandidate(AsDocument(v, Candidates))).ToList()),
        BsonValues.ReadString(document, OpenedBy),
        BsonValues.ReadTime(document, OpenedAt),
        BsonValues.ReadArray(document, Decisions).Select(v => ReadDecision(AsDocument(v, Decisions))).ToList());

    public static long ReadPosition(BsonDocument document) => BsonValues.ReadLong(document, Position);

    public static FilterDefinition<BsonDocument> OfStatement(Guid statementId) =>
        Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId));

    public static FilterDefinition<BsonDocument> ById(Guid roundId) => Filter.Eq(Id, (BsonValue)BsonValues.Id(roundId));

    public static UpdateDefinition<BsonDocument> PushCandidate(SignOffCandidate candidate) =>
        Builders<BsonDocument>.Update.Push(Candidates, ToBson(candidate));

    public static UpdateDefinition<BsonDocument> PushDecision(SignOffDecision decision) =>
        Builders<BsonDocument>.Update.Push(Decisions, ToBson(decision));

    private static SignOffCandidate ReadCandidate(BsonDocument document) => new(
        BsonValues.ReadLong(document, Version),
        BsonValues.ReadString(document, Sha256),
        BsonValues.ReadTime(document, IssuedAt));

    private static SignOffDecision ReadDecision(BsonDocument document) => new(
        BsonValues.ReadId(document, OrganisationId),
        BsonValues.ReadString(document, PersonId),
        BsonValues.ReadName<SignOffDecisionKind>(document, Kind),
        BsonValues.ReadLong(document, CandidateVersion),
        BsonValues.ReadString(document, CandidateSha256),
        BsonValues.ReadNullableString(document, Comment),
        BsonValues.ReadTime(document, At));

    private static BsonDocument AsDocument(BsonValue value, string field) =>
        value as BsonDocument ?? throw BsonValues.Malformed(field, "an array of documents", value);
}
