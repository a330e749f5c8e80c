using CoDraft.Core.Accounts;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The <c>organisations</c> collection: one document per organisation, keyed by its id. <c>sortName</c> is the
/// name in lower case, stored so that listing by name ignores case on an ordinary index, in code point order
/// like the SQLite adapter, where a collation would sort by a language's rules instead. See docs/storage.md.
/// </summary>
internal static class OrganisationDocuments
{
    public const string Collection = "organisations";
    public const string Id = "_id";
    public const string Name = "name";
    public const string SortName = "sortName";
    public const string Country = "country";
    public const string Type = "type";
    public const string Website = "website";
    public const string CreatedAt = "createdAt";

    /// <summary>Serves <see cref="ByName"/>.</summary>
    public static readonly CreateIndexModel<BsonDocument> ByNameIndex = new(
        Builders<BsonDocument>.IndexKeys.Ascending(SortName).Ascending(CreatedAt).Ascending(Id),
        new CreateIndexOptions { Name = "organisations_by_name" });

    /// <summary>Names equal but for case come in the order the organisations were created (then by id).</summary>
    public static readonly SortDefinition<BsonDocument> ByName =
        Builders<BsonDocument>.Sort.Ascending(SortName).Ascending(CreatedAt).Ascending(Id);

    public static readonly ProjectionDefinition<BsonDocument> IdOnly = Builders<BsonDocument>.Projection.Include(Id);

    public static BsonDocument ToBson(Organisation organisation) => new()
    {
        { Id, BsonValues.Id(organisation.Id) },
        { Name, organisation.Name },
        { SortName, SortKey(organisation.Name) },
        { Country, organisation.Country },
        { Type, organisation.Type.ToString() },
        { Website, BsonValues.NullableString(organisation.Website) },
        { CreatedAt, BsonValues.Time(organisation.CreatedAt) },
    };

    public static Organisation FromBson(BsonDocument document) => new(
        BsonValues.ReadId(document, Id),
        BsonValues.ReadString(document, Name),
        BsonValues.ReadString(document, Country),
        BsonValues.ReadName<OrganisationType>(document, Type),
        BsonValues.ReadNullableString(document, Website),
        BsonValues.ReadTime(document, CreatedAt));

    /// <summary>Invariant lower case: the same key whatever the server's or the process's culture.</summary>
    public static string SortKey(string name) => name.ToLowerInvariant();

    public static FilterDefinition<BsonDocument> ById(Guid organisationId) =>
        Builders<BsonDocument>.Filter.Eq(Id, (BsonValue)BsonValues.Id(organisationId));
}
