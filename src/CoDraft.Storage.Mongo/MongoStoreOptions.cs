namespace CoDraft.Storage.Mongo;

/// <summary>Which MongoDB deployment and database the store uses.</summary>
public sealed class MongoStoreOptions
{
    /// <summary>The database used when <see cref="DatabaseName"/> is not set.</summary>
    public const string DefaultDatabaseName = "codraft";

    /// <summary>
    /// A standard connection string (<c>mongodb://…</c> or <c>mongodb+srv://…</c>). Appending batches of more than
    /// one op needs a replica set (a single-node one will do), because such a batch is one transaction.
    /// </summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The database that holds CoDraft's collections.</summary>
    public string DatabaseName { get; set; } = DefaultDatabaseName;
}
