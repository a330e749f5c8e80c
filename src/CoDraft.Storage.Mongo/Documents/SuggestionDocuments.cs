using CoDraft.Core.Review;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>suggestions</c> collection: one document per suggestion, keyed by its id. A decision is one update that
/// matches only while the state is still <c>"Open"</c>, so of two concurrent decisions exactly one counts.
/// See docs/storage.md.
/// </summary>
internal static class SuggestionDocuments
{
    public const string Collection = "suggestions";
    public const string Id = "_id";
    public const string StatementId = "statementId";
    public const string Anchor = "anchor";
    public const string AnchorVersion = "anchorVersion";
    public const string Replacement = "replacement";
    public const string AuthorId = "authorId";
    public const string OrganisationId = "organisationId";
    public const string CreatedAt = "createdAt";
    public const string BaseVersion = "baseVersion";
    public const string State = "state";
    public const string DecidedBy = "decidedBy";
    public const string DecidedAt = "decidedAt";
    public const string AppliedVersion = "appliedVersion";

    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>Serves listing a statement's suggestions oldest first.</summary>
    public static readonly CreateIndexModel<BsonDocument> OldestFirstIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(StatementId).Ascending(CreatedAt).Ascending(Id),
        new CreateIndexOptions { Name = "suggestions_oldest_first" });

    /// <summary><c>_id</c> orders suggestions created in the same millisecond.</summary>
    public static readonly SortDefinition<BsonDocument> OldestFirst = Builders<BsonDocument>.Sort.Ascending(CreatedAt).Ascending(Id);

    public static BsonDocument ToBson(Suggestion suggestion) => new()
    {
        { Id, BsonValues.Id(suggestion.Id) },
        { StatementId, BsonValues.Id(suggestion.StatementId) },
        { Anchor, AnchorBson.ToBson(suggestion.Anchor) },
        { AnchorVersion, new BsonInt64(suggestion.AnchorVersion) },
        { Replacement, suggestion.Replacement },
        { AuthorId, BsonValues.Id(suggestion.AuthorId) },
        { OrganisationId, BsonValues.Id(suggestion.OrganisationId) },
        { CreatedAt, BsonValues.Time(suggestion.CreatedAt) },
        { BaseVersion, new BsonInt64(suggestion.BaseVersion) },
        { State, suggestion.State.ToString() },
        { DecidedBy, BsonValues.NullableId(suggestion.DecidedBy) },
        { DecidedAt, BsonValues.NullableTime(suggestion.DecidedAt) },
        { AppliedVersion, suggestion.AppliedVersion is { } applied ? new BsonInt64(applied) : BsonNull.Value },
    };

    public static Suggestion FromBson(BsonDocument document) => new(
        BsonValues.ReadId(document, Id),
        BsonValues.ReadId(document, StatementId),
        AnchorBson.Read(document, Anchor),
        BsonValues.ReadLong(document, AnchorVersion),
        BsonValues.ReadString(document, Replacement),
        BsonValues.ReadId(document, AuthorId),
        BsonValues.ReadId(document, OrganisationId),
        BsonValues.ReadTime(document, CreatedAt),
        BsonValues.ReadLong(document, BaseVersion),
        BsonValues.ReadName<SuggestionState>(document, State),
        BsonValues.ReadNullableId(document, DecidedBy),
        BsonValues.ReadNullableTime(document, DecidedAt),
        document.GetValue(AppliedVersion, BsonNull.Value) is BsonNull ? null : BsonValues.ReadLong(document, AppliedVersion));

    public static FilterDefinition<BsonDocument> OfStatement(Guid statementId) =>
        Filter.Eq(StatementId, (BsonValue)BsonValues.Id(statementId));

    public static FilterDefinition<BsonDocument> ById(Guid statementId, Guid suggestionId) =>
        Filter.Eq(Id, (BsonValue)BsonValues.Id(suggestionId)) & OfStatement(statementId);

    /// <summary>The suggestion while it is still open: the guard of every decision.</summary>
    public static FilterDefinition<BsonDocument> StillOpen(Guid statementId, Guid suggestionId) =>
        ById(statementId, suggestionId) & Filter.Eq(State, (BsonValue)new BsonString(nameof(SuggestionState.Open)));

    public static UpdateDefinition<BsonDocument> Decide(SuggestionDecision decision) =>
        Builders<BsonDocument>.Update
            .Set(State, (BsonValue)new BsonString(decision.State.ToString()))
            .Set(DecidedBy, (BsonValue)BsonValues.Id(decision.DecidedBy))
            .Set(DecidedAt, (BsonValue)BsonValues.Time(decision.DecidedAt))
            .Set(AppliedVersion, decision.AppliedVersion is { } applied ? new BsonInt64(applied) : (BsonValue)BsonNull.Value);
}
