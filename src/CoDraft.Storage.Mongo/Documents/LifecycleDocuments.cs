using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>lifecycle</c> collection: one document per statement whose state was ever changed, keyed by the
/// statement's id. A statement without one is in Drafting. See docs/storage.md.
/// </summary>
internal static class LifecycleDocuments
{
    public const string Collection = "lifecycle";
    public const string StatementId = "_id";
    public const string State = "state";
    public const string ChangedAt = "changedAt";
    public const string ChangedBy = "changedBy";

    /// <summary>
    /// Counts every write that depends on the state. Each such write increments it inside its transaction, so two
    /// concurrent transactions about one statement always write the same document, and one of them conflicts and
    /// is retried on the other's result instead of both acting on the state they read.
    /// </summary>
    public const string Changes = "changes";

    public static StatementLifecycle FromBson(BsonDocument document) => new(
        BsonValues.ReadId(document, StatementId),
        BsonValues.ReadName<StatementState>(document, State),
        BsonValues.ReadTime(document, ChangedAt),
        BsonValues.ReadString(document, ChangedBy));

    public static FilterDefinition<BsonDocument> ById(Guid statementId) =>
        Builders<BsonDocument>.Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId));

    /// <summary>Sets the state (inserting the document when the statement had none).</summary>
    public static UpdateDefinition<BsonDocument> SetState(StatementState state, string changedBy, DateTimeOffset at) =>
        Builders<BsonDocument>.Update
            .Set(State, (BsonValue)state.ToString())
            .Set(ChangedAt, (BsonValue)BsonValues.Time(at))
            .Set(ChangedBy, (BsonValue)changedBy)
            .Inc(Changes, 1L);

    /// <summary>Records a write that depends on the state without changing it (see <see cref="Changes"/>).</summary>
    public static readonly UpdateDefinition<BsonDocument> Touch = Builders<BsonDocument>.Update.Inc(Changes, 1L);
}
