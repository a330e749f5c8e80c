using CoDraft.StoreCopy;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// A whole SQLite store as one object, for store copy, backup and the conformance suite: one
/// <see cref="SqliteDatabase"/> and one instance of each port class on it. The server registers the ports on their
/// own instead (docs/storage.md). Call <see cref="DraftStore.InitializeAsync"/> once before anything else.
/// </summary>
public sealed class SqliteDraftStore : DraftStore, IAsyncDisposable, IDisposable
{
    /// <summary>Creates a store on the file <see cref="SqliteStoreOptions.Path"/>; nothing is opened until it is initialised.</summary>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    public SqliteDraftStore(SqliteStoreOptions options)
        : this(new SqliteDatabase(options))
    {
    }

    private SqliteDraftStore(SqliteDatabase database)
        : base(
            database, new SqliteStatementStore(database), new SqliteOpLog(database), new SqliteSnapshotStore(database),
            new SqliteRevisionStore(database), new SqliteAccountStore(database), new SqliteStatementAccessStore(database),
            new SqliteLifecycleStore(database), new SqliteSignOffStore(database), new SqliteAuditLog(database),
            new SqlitePublicationStore(database), new SqliteReviewStore(database), new SqlitePublicSlugStore(database),
            new SqliteSignOnStore(database), new SqliteCorrectionStore(database), new SqliteStoreTransfer(database),
            new SqliteStoreTransfer(database)) =>
        Database = database;

    /// <summary>The file and its connections, shared by the ports.</summary>
    public SqliteDatabase Database { get; }

    /// <summary>The full path of the database file.</summary>
    public string FilePath => Database.FilePath;

    /// <summary>Closes the file. Waits for a write in progress; later calls fail.</summary>
    public void Dispose() => Database.Dispose();

    /// <inheritdoc cref="Dispose" />
    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
