namespace CoDraft.Storage.Sqlite;

/// <summary>Where the embedded store keeps its data.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>
    /// Path of the database file, absolute or relative to the working directory. Its directory is created when
    /// missing. SQLite keeps two companion files next to it while the store is open (<c>-wal</c>, <c>-shm</c>).
    /// </summary>
    public string Path { get; set; } = string.Empty;
}
