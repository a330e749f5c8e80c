using CoDraft.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>The <c>corrections</c> collection: one document per published correction. See docs/storage.md.</summary>
internal static class CorrectionDocuments
{
    public const string Collection = "corrections";
    public const string StatementId = "statementId";
    public const string Number = "number";
    public const string Sha256 = "sha256";
    public const string Text = "text";
    public const string Reason = "reason";
    public const string PublishedAt = "publishedAt";
    public const string PublishedBy = "publishedBy";

    private static readonly FilterDefinitionBuilder<BsonDocument> Filter = Builders<BsonDocument>.Filter;

    /// <summary>The arbiter: two corrections of one statement never share a number. Serves listing and the last one.</summary>
    public static readonly CreateIndexModel<BsonDocument> NumberIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(StatementId).Ascending(Number),
        new CreateIndexOptions { Name = "corrections_number_unique", Unique = true });

    public static readonly SortDefinition<BsonDocument> OldestFirst = Builders<BsonDocument>.Sort.Ascending(Number);
    public static readonly SortDefinition<BsonDocument> NewestFirst = Builders<BsonDocument>.Sort.Descending(Number);

    public static BsonDocument ToBson(Correction c) => new()
    {
        { StatementId, BsonValues.Id(c.StatementId) },
        { Number, new BsonInt64(c.Number) },
        { Sha256, c.Sha256 },
        { Text, c.Text },
        { Reason, c.Reason },
        { PublishedAt, BsonValues.Time(c.PublishedAt) },
        { PublishedBy, c.PublishedBy },
    };

    public static Correction FromBson(BsonDocument d) => new(
        BsonValues.ReadId(d, StatementId),
        BsonValues.ReadLong(d, Number),
        BsonValues.ReadString(d, Sha256),
        BsonValues.ReadString(d, Text),
        BsonValues.ReadString(d, Reason),
        BsonValues.ReadTime(d, PublishedAt),
        BsonValues.ReadString(d, PublishedBy));

    public static FilterDefinition<BsonDocument> OfStatement(Guid statementId) =>
        Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId));

    public static FilterDefinition<BsonDocument> ByNumber(Guid statementId, long number) =>
        OfStatement(statementId) & Filter.Eq(Number, (BsonValue)new BsonInt64(number));
}

/// <summary>The <c>reconfirmations</c> collection: an organisation's latest answer to one correction. See docs/storage.md.</summary>
internal static class ReconfirmationDocuments
{
    public const string Collection = "reconfirmations";
    public const string StatementId = "statementId";
    public const string CorrectionNumber = "correctionNumber";
    public const string OrganisationId = "organisationId";
    public const string Decision = "decision";
    public const string PersonId = "personId";
    public const string At = "at";

    private static readonly FilterDefinitionBuilder<BsonDocument> Filter = Builders<BsonDocument>.Filter;

    /// <summary>One answer per organisation and correction (a later one replaces it); serves listing.</summary>
    public static readonly CreateIndexModel<BsonDocument> AnswerIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(StatementId).Ascending(CorrectionNumber).Ascending(OrganisationId),
        new CreateIndexOptions { Name = "reconfirmations_answer_unique", Unique = true });

    public static readonly SortDefinition<BsonDocument> InOrder =
        Builders<BsonDocument>.Sort.Ascending(CorrectionNumber).Ascending(OrganisationId);

    public static BsonDocument ToBson(Reconfirmation r) => new()
    {
        { StatementId, BsonValues.Id(r.StatementId) },
        { CorrectionNumber, new BsonInt64(r.CorrectionNumber) },
        { OrganisationId, BsonValues.Id(r.OrganisationId) },
        { Decision, r.Decision.ToString() },
        { PersonId, r.PersonId },
        { At, BsonValues.Time(r.At) },
    };

    public static Reconfirmation FromBson(BsonDocument d) => new(
        BsonValues.ReadId(d, StatementId),
        BsonValues.ReadLong(d, CorrectionNumber),
        BsonValues.ReadId(d, OrganisationId),
        BsonValues.ReadName<ReconfirmationDecision>(d, Decision),
        BsonValues.ReadString(d, PersonId),
        BsonValues.ReadTime(d, At));

    public static FilterDefinition<BsonDocument> OfStatement(Guid statementId) =>
        Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId));

    public static FilterDefinition<BsonDocument> Answer(Guid statementId, long number, Guid organisationId) =>
        OfStatement(statementId) & Filter.Eq(CorrectionNumber, (BsonValue)new BsonInt64(number)) &
        Filter.Eq(OrganisationId, (BsonValue)BsonValues.Id(organisationId));
}
