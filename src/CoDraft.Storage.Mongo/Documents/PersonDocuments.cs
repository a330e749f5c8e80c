using CoDraft.Core.Accounts;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>people</c> collection: one document per person, keyed by their id. A unique index on the (normalised)
/// email makes a second person with the same email fail, whichever process inserts it. See docs/storage.md.
/// </summary>
internal static class PersonDocuments
{
    public const string Collection = "people";
    public const string Id = "_id";
    public const string Email = "email";
    public const string Name = "name";
    public const string PasswordHash = "passwordHash";
    public const string SecurityStamp = "securityStamp";
    public const string IsAdministrator = "isAdministrator";
    public const string CreatedAt = "createdAt";
    public const string FailedSignIns = "failedSignIns";
    public const string LockedUntil = "lockedUntil";

    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>One person per email; also serves finding a person by email at sign-in.</summary>
    public static readonly CreateIndexModel<BsonDocument> EmailIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(Email),
        new CreateIndexOptions { Name = "people_email_unique", Unique = true });

    /// <summary>
    /// Holds only the administrators (a handful), so that the first-run check asked at sign-in reads one small
    /// index instead of every person.
    /// </summary>
    public static readonly CreateIndexModel<BsonDocument> AdministratorsIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(IsAdministrator),
        new CreateIndexOptions<BsonDocument>
        {
            Name = "people_administrators",
            PartialFilterExpression = Filter.Eq(IsAdministrator, (BsonValue)BsonBoolean.True),
        });

    /// <summary>The same predicate as the partial filter of <see cref="AdministratorsIndex"/>, so the query can use it.</summary>
    public static readonly FilterDefinition<BsonDocument> Administrators = Filter.Eq(IsAdministrator, (BsonValue)BsonBoolean.True);

    public static readonly ProjectionDefinition<BsonDocument> IdOnly = Builders<BsonDocument>.Projection.Include(Id);

    public static BsonDocument ToBson(Person person) => new()
    {
        { Id, BsonValues.Id(person.Id) },
        { Email, person.Email },
        { Name, person.Name },
        { PasswordHash, person.PasswordHash },
        { SecurityStamp, person.SecurityStamp },
        { IsAdministrator, person.IsAdministrator },
        { CreatedAt, BsonValues.Time(person.CreatedAt) },
        { FailedSignIns, new BsonInt32(person.FailedSignIns) },
        { LockedUntil, BsonValues.NullableTime(person.LockedUntil) },
    };

    public static Person FromBson(BsonDocument document) => new(
        BsonValues.ReadId(document, Id),
        BsonValues.ReadString(document, Email),
        BsonValues.ReadString(document, Name),
        BsonValues.ReadString(document, PasswordHash),
        BsonValues.ReadString(document, SecurityStamp),
        BsonValues.ReadBool(document, IsAdministrator),
        BsonValues.ReadTime(document, CreatedAt),
        BsonValues.ReadInt(document, FailedSignIns),
        BsonValues.ReadNullableTime(document, LockedUntil));

    public static FilterDefinition<BsonDocument> ById(Guid personId) =>
        Filter.Eq(Id, (BsonValue)BsonValues.Id(personId));

    public static FilterDefinition<BsonDocument> ByEmail(string email) =>
        Filter.Eq(Email, (BsonValue)new BsonString(email));

    /// <summary>Everything <c>UpdatePersonAsync</c> may change: not the id, the email or the creation time.</summary>
    public static UpdateDefinition<BsonDocument> Replace(Person person) =>
        Builders<BsonDocument>.Update
            .Set(Name, (BsonValue)new BsonString(person.Name))
            .Set(PasswordHash, (BsonValue)new BsonString(person.PasswordHash))
            .Set(SecurityStamp, (BsonValue)new BsonString(person.SecurityStamp))
            .Set(IsAdministrator, (BsonValue)BsonBoolean.Create(person.IsAdministrator))
            .Set(FailedSignIns, (BsonValue)new BsonInt32(person.FailedSignIns))
            .Set(LockedUntil, BsonValues.NullableTime(person.LockedUntil));
}
