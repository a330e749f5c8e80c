using CoDraft.Core.Review;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>commentThreads</c> collection: one document per thread, keyed by its id, with its replies in an array in
/// the order they were added, so that a reply is one atomic <c>$push</c> and reading a thread is one document.
/// See docs/storage.md.
/// </summary>
internal static class CommentThreadDocuments
{
    public const string Collection = "commentThreads";
    public const string Id = "_id";
    public const string StatementId = "statementId";
    public const string Anchor = "anchor";
    public const string AnchorVersion = "anchorVersion";
    public const string AuthorId = "authorId";
    public const string OrganisationId = "organisationId";
    public const string Body = "body";
    public const string CreatedAt = "createdAt";
    public const string Status = "status";
    public const string StatusChangedBy = "statusChangedBy";
    public const string StatusChangedAt = "statusChangedAt";
    public const string Replies = "replies";

    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>Serves listing a statement's threads oldest first.</summary>
    public static readonly CreateIndexModel<BsonDocument> OldestFirstIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(StatementId).Ascending(CreatedAt).Ascending(Id),
        new CreateIndexOptions { Name = "comment_threads_oldest_first" });

    /// <summary><c>_id</c> orders threads created in the same millisecond.</summary>
    public static readonly SortDefinition<BsonDocument> OldestFirst = Builders<BsonDocument>.Sort.Ascending(CreatedAt).Ascending(Id);

    public static BsonDocument ToBson(CommentThread thread) => new()
    {
        { Id, BsonValues.Id(thread.Id) },
        { StatementId, BsonValues.Id(thread.StatementId) },
        { Anchor, AnchorBson.ToBson(thread.Anchor) },
        { AnchorVersion, new BsonInt64(thread.AnchorVersion) },
        { AuthorId, BsonValues.Id(thread.AuthorId) },
        { OrganisationId, BsonValues.Id(thread.OrganisationId) },
        { Body, thread.Body },
        { CreatedAt, BsonValues.Time(thread.CreatedAt) },
        { Status, thread.Status.ToString() },
        { StatusChangedBy, BsonValues.NullableId(thread.StatusChangedBy) },
        { StatusChangedAt, BsonValues.NullableTime(thread.StatusChangedAt) },
        { Replies, new BsonArray(thread.Replies.Select(ToBson)) },
    };

    public static CommentThread FromBson(BsonDocument document) => new(
        BsonValues.ReadId(document, Id),
        BsonValues.ReadId(document, StatementId),
        AnchorBson.Read(document, Anchor),
        BsonValues.ReadLong(document, AnchorVersion),
        BsonValues.ReadId(document, AuthorId),
        BsonValues.ReadId(document, OrganisationId),
        BsonValues.ReadString(document, Body),
        BsonValues.ReadTime(document, CreatedAt),
        BsonValues.ReadName<ThreadStatus>(document, Status),
        BsonValues.ReadNullableId(document, StatusChangedBy),
        BsonValues.ReadNullableTime(document, StatusChangedAt),
        BsonValues.ReadArray(document, Replies).Select(ReadReply).ToList());

    public static BsonDocument ToBson(CommentReply reply) => new()
    {
        { Id, BsonValues.Id(reply.Id) },
        { AuthorId, BsonValues.Id(reply.AuthorId) },
        { OrganisationId, BsonValues.Id(reply.OrganisationId) },
        { Body, reply.Body },
        { CreatedAt, BsonValues.Time(reply.CreatedAt) },
    };

    public static FilterDefinition<BsonDocument> OfStatement(Guid statementId) =>
        Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId));

    public static FilterDefinition<BsonDocument> ById(Guid statementId, Guid threadId) =>
        Filter.Eq(Id, (BsonValue)BsonValues.Id(threadId)) & OfStatement(statementId);

    /// <summary>The thread while its status is not <paramref name="status"/>: resolving twice changes nothing.</summary>
    public static FilterDefinition<BsonDocument> NotIn(Guid statementId, Guid threadId, ThreadStatus status) =>
        ById(statementId, threadId) & Filter.Ne(Status, (BsonValue)new BsonString(status.ToString()));

    public static UpdateDefinition<BsonDocument> Push(CommentReply reply) =>
        Builders<BsonDocument>.Update.Push(Replies, ToBson(reply));

    public static UpdateDefinition<BsonDocument> SetStatus(ThreadStatus status, Guid by, DateTimeOffset at) =>
        Builders<BsonDocument>.Update
            .Set(Status, (BsonValue)new BsonString(status.ToString()))
            .Set(StatusChangedBy, (BsonValue)BsonValues.Id(by))
            .Set(StatusChangedAt, (BsonValue)BsonValues.Time(at));

    private static CommentReply ReadReply(BsonValue value) =>
        value is BsonDocument reply
            ? new CommentReply(
                BsonValues.ReadId(reply, Id),
                BsonValues.ReadId(reply, AuthorId),
                BsonValues.ReadId(reply, OrganisationId),
                BsonValues.ReadString(reply, Body),
                BsonValues.ReadTime(reply, CreatedAt))
            : throw BsonValues.Malformed(Replies, "an array of documents", value);
}
