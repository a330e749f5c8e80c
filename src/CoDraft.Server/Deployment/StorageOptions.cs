using CoDraft.Storage.Mongo;

namespace CoDraft.Server.Deployment;

/// <summary>Where CoDraft keeps its data. Bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Storage";

    /// <summary>"Sqlite" (the embedded default) or "Mongo".</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The SQLite database file; a relative path is relative to the working directory.</summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "codraft.db");

    /// <summary>The MongoDB connection string, required when <see cref="Provider"/> is "Mongo".</summary>
    public string MongoConnectionString { get; set; } = string.Empty;

    /// <summary>The MongoDB database that holds CoDraft's collections.</summary>
    public string MongoDatabase { get; set; } = MongoStoreOptions.DefaultDatabaseName;
}
