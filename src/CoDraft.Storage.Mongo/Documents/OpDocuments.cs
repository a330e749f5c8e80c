using CoDraft.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>ops</c> collection: one document per committed op. Its two unique indexes are the arbiters between
/// writers in any number of processes. See docs/storage.md.
/// </summary>
internal static class OpDocuments
{
    public const string Collection = "ops";
    public const string StatementId = "statementId";
    public const string Version = "version";
    public const string Op = "op";
    public const string ClientId = "clientId";
    public const string Seq = "seq";
    public const string Author = "author";
    public const string CommittedAt = "committedAt";

    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>A second writer of a version fails here; also serves reading a range and finding the head.</summary>
    public static readonly CreateIndexModel<BsonDocument> VersionIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(StatementId).Ascending(Version),
        new CreateIndexOptions { Name = "ops_version_unique", Unique = true });

    /// <summary>A resend of a committed submission fails here; also serves finding a submission.</summary>
    public static readonly CreateIndexModel<BsonDocument> SubmissionIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(StatementId).Ascending(ClientId).Ascending(Seq),
        new CreateIndexOptions { Name = "ops_submission_unique", Unique = true });

    public static readonly SortDefinition<BsonDocument> OldestFirst = Builders<BsonDocument>.Sort.Ascending(Version);

    public static readonly SortDefinition<BsonDocument> NewestFirst = Builders<BsonDocument>.Sort.Descending(Version);

    public static readonly ProjectionDefinition<BsonDocument> SubmissionOnly =
        Builders<BsonDocument>.Projection.Include(ClientId).Include(Seq).Include(Version).Exclude("_id");

    /// <summary>What moving a statement's head to an op needs, without the op itself (which may be large).</summary>
    public static readonly ProjectionDefinition<BsonDocument> VersionAndTimeOnly =
        Builders<BsonDocument>.Projection.Include(Version).Include(CommittedAt).Exclude("_id");

    public static BsonDocument ToBson(CommittedOp op) => new()
    {
        { StatementId, BsonValues.Id(op.StatementId) },
        { Version, new BsonInt64(op.Version) },
        { Op, TextOpBson.ToBson(op.Op) },
        { ClientId, op.ClientId },
        { Seq, new BsonInt64(op.Seq) },
        { Author, op.Author },
        { CommittedAt, BsonValues.Time(op.CommittedAt) },
    };

    public static CommittedOp FromBson(BsonDocument document) => new(
        BsonValues.ReadId(document, StatementId),
        BsonValues.ReadLong(document, Version),
        TextOpBson.FromBson(document.GetValue(Op, BsonNull.Value)),
        BsonValues.ReadString(document, ClientId),
        BsonValues.ReadLong(document, Seq),
        BsonValues.ReadString(document, Author),
        BsonValues.ReadTime(document, CommittedAt));

    public static FilterDefinition<BsonDocument> OfStatement(Guid statementId) =>
        Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId));

    /// <summary>The ops with <paramref name="afterVersion"/> &lt; version ≤ <paramref name="upToVersion"/>.</summary>
    public static FilterDefinition<BsonDocument> InRange(Guid statementId, long afterVersion, long upToVersion) =>
        OfStatement(statementId)
        & Filter.Gt(Version, (BsonValue)new BsonInt64(afterVersion))
        & Filter.Lte(Version, (BsonValue)new BsonInt64(upToVersion));

    public static FilterDefinition<BsonDocument> Submission(Guid statementId, string clientId, long seq) =>
        OfStatement(statementId)
        & Filter.Eq(ClientId, (BsonValue)new BsonString(clientId))
        & Filter.Eq(Seq, (BsonValue)new BsonInt64(seq));

    /// <summary>Any op of the statement committed for one of <paramref name="submissions"/>.</summary>
    public static FilterDefinition<BsonDocument> AnySubmission(Guid statementId, IEnumerable<(string ClientId, long Seq)> submissions) =>
        OfStatement(statementId)
        & Filter.Or(submissions.Select(s =>
            Filter.Eq(ClientId, (BsonValue)new BsonString(s.ClientId)) & Filter.Eq(Seq, (BsonValue)new BsonInt64(s.Seq))));
}
