using CoDraft.Core.Audit;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>audit</c> collection: one document per audit entry. The unique index on (statementId, sequence) is what
/// lets only one of two writers append entry n of a chain. See docs/storage.md.
/// </summary>
internal static class AuditDocuments
{
    public const string Collection = "audit";
    public const string StatementId = "statementId";
    public const string Sequence = "sequence";
    public const string At = "at";
    public const string Actor = "actor";
    public const string Action = "action";
    public const string Details = "details";
    public const string PreviousHash = "previousHash";
    public const string Hash = "hash";

    /// <summary>One entry n per chain; also serves listing a chain and finding its last entry.</summary>
    public static readonly CreateIndexModel<BsonDocument> SequenceIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(StatementId).Ascending(Sequence),
        new CreateIndexOptions { Name = "audit_sequence_unique", Unique = true });

    public static readonly SortDefinition<BsonDocument> OldestFirst = Builders<BsonDocument>.Sort.Ascending(Sequence);

    public static readonly SortDefinition<BsonDocument> NewestFirst = Builders<BsonDocument>.Sort.Descending(Sequence);

    public static BsonDocument ToBson(AuditEntry entry) => new()
    {
        { StatementId, BsonValues.Id(entry.Scope) },
        { Sequence, new BsonInt64(entry.Sequence) },
        { At, BsonValues.Time(entry.At) },
        { Actor, entry.Actor },
        { Action, entry.Action },
        { Details, entry.Details },
        { PreviousHash, entry.PreviousHash },
        { Hash, entry.Hash },
    };

    public static AuditEntry FromBson(BsonDocument document) => new(
        BsonValues.ReadId(document, StatementId),
        BsonValues.ReadLong(document, Sequence),
        BsonValues.ReadTime(document, At),
        BsonValues.ReadString(document, Actor),
        BsonValues.ReadString(document, Action),
        BsonValues.ReadString(document, Details),
        BsonValues.ReadString(document, PreviousHash),
        BsonValues.ReadString(document, Hash));

    public static FilterDefinition<BsonDocument> OfStatement(Guid statementId) =>
        Builders<BsonDocument>.Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId));
}
