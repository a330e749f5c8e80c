using CoDraft.Core.Storage;
using Microsoft.Data.Sqlite;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// The embedded store: everything in one SQLite file. Writes go through one connection, one at a time (SQLite
/// allows one writer per file anyway, and queueing on a lock is cheaper than retrying on SQLITE_BUSY); reads
/// use pooled read-only connections and run concurrently with each other and with the writer, as WAL allows.
/// Call <see cref="InitializeAsync"/> once before anything else.
/// </summary>
public sealed partial class SqliteDraftStore : IDraftStore, IAsyncDisposable, IDisposable
{
    /// <summary>
    /// How long a write waits for a writer in another process (e.g. a backup tool) before failing: long enough to
    /// ride out a checkpoint, short enough that a stuck process shows up as an error rather than a hung request.
    /// </summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);

    private readonly string writerConnectionString;
    private readonly string readerConnectionString;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private SqliteWriter? writer;
    private bool disposed;

    /// <summary>Creates a store on the file <see cref="SqliteStoreOptions.Path"/>; nothing is opened until <see cref="InitializeAsync"/>.</summary>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    public SqliteDraftStore(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path, nameof(options));
        FilePath = System.IO.Path.GetFullPath(options.Path);
        writerConnectionString = ConnectionString(SqliteOpenMode.ReadWriteCreate, pooling: false);
        readerConnectionString = ConnectionString(SqliteOpenMode.ReadOnly, pooling: true);
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (writer is not null)
            {
                return;
            }
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(FilePath)!);
            var connection = new SqliteConnection(writerConnectionString);
            try
            {
                connection.Open();
                SqliteSchema.ThrowIfTooNew(connection);
                Configure(connection);
                SqliteSchema.Ensure(connection);
                writer = new SqliteWriter(connection);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <inheritdoc />
    public Task CreateStatementAsync(StatementRecord statement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return WriteAsync(w => w.CreateStatement(statement), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StatementRecord?> FindStatementAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var found = await ReadAsync(
            """
            SELECT id, title, head_version, created_by, created_at, updated_at FROM statements
            WHERE id = $statement;
            """,
            SqliteValues.ReadStatement,
            [("$statement", SqliteValues.Id(id))],
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    /// <remarks>Newest means most recently created; statements created in the same millisecond come in reverse order of creation.</remarks>
    public Task<IReadOnlyList<StatementRecord>> ListStatementsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(
            """
            SELECT id, title, head_version, created_by, created_at, updated_at FROM statements
            ORDER BY created_at DESC, rowid DESC;
            """,
            SqliteValues.ReadStatement,
            [],
            cancellationToken);

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The batch is empty, spans statements, or its versions or submissions are not consecutive and distinct.</exception>
    /// <exception cref="StoreException">The statement does not exist (<see cref="StoreException.UnknownStatement"/>).</exception>
    public Task<AppendOutcome> AppendAsync(IReadOnlyList<CommittedOp> ops, CancellationToken cancellationToken = default)
    {
        AppendBatch.Validate(ops);
        return AppendSharingCommitsAsync(ops, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CommittedOp>> ReadOpsAsync(
        Guid statementId, long afterVersion, long upToVersion, CancellationToken cancellationToken = default) =>
        ReadAsync(
            """
            SELECT statement_id, version, op, client_id, seq, author, committed_at FROM ops
            WHERE statement_id = $statement AND version > $after AND version <= $upTo
            ORDER BY version;
            """,
            SqliteValues.ReadOp,
            [("$statement", SqliteValues.Id(statementId)), ("$after", afterVersion), ("$upTo", upToVersion)],
            cancellationToken);

    /// <inheritdoc />
    public async Task<CommittedOp?> FindSubmissionAsync(
        Guid statementId, string clientId, long seq, CancellationToken cancellationToken = default)
    {
        var found = await ReadAsync(
            """
            SELECT statement_id, version, op, client_id, seq, author, committed_at FROM ops
            WHERE statement_id = $statement AND client_id = $client AND seq = $seq;
            """,
            SqliteValues.ReadOp,
            [("$statement", SqliteValues.Id(statementId)), ("$client", clientId), ("$seq", seq)],
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    /// <exception cref="StoreException">The statement does not exist (<see cref="StoreException.UnknownStatement"/>).</exception>
    public Task SaveSnapshotAsync(TextSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return WriteAsync(w => w.SaveSnapshot(snapshot), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<TextSnapshot?> FindSnapshotAsync(Guid statementId, long version, CancellationToken cancellationToken = default)
    {
        var found = await ReadAsync(
            """
            SELECT version, text FROM snapshots
            WHERE statement_id = $statement AND version <= $version
            ORDER BY version DESC LIMIT 1;
            """,
            reader => new TextSnapshot(statementId, reader.GetInt64(0), reader.GetString(1)),
            [("$statement", SqliteValues.Id(statementId)), ("$version", version)],
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    /// <exception cref="StoreException">
    /// The statement does not exist, there is no snapshot at the revision's version, or the revision id is taken.
    /// </exception>
    public Task AddRevisionAsync(Revision revision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return WriteAsync(w => w.AddRevision(revision), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Revision>> ListRevisionsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        ReadAsync(
            """
            SELECT id, statement_id, version, kind, label, author, created_at, sha256 FROM revisions
            WHERE statement_id = $statement
            ORDER BY created_at, rowid;
            """,
            SqliteValues.ReadRevision,
            [("$statement", SqliteValues.Id(statementId))],
            cancellationToken);

    /// <summary>Closes the file. Waits for a write in progress; later calls fail.</summary>
    public void Dispose()
    {
        writeLock.Wait();
        try
        {
            if (disposed)
            {
                return;
            }
            disposed = true;
            writer?.Dispose();
            writer = null;
            using var reader = new SqliteConnection(readerConnectionString);
            SqliteConnection.ClearPool(reader);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <inheritdoc cref="Dispose" />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private string ConnectionString(SqliteOpenMode mode, bool pooling) => new SqliteConnectionStringBuilder
    {
        DataSource = FilePath,
        Mode = mode,
        Pooling = pooling,
        ForeignKeys = true,
        DefaultTimeout = (int)BusyTimeout.TotalSeconds,
    }.ToString();

    /// <summary>
    /// WAL lets readers run while a write is in progress. In WAL mode synchronous=NORMAL would sync only at
    /// checkpoints, so a commit acknowledged to an editor could vanish on power loss; FULL syncs the log on every
    /// commit, which is what "committed, then acked" promises. Batching ops per append keeps that cost per batch.
    /// </summary>
    private static void Configure(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        var mode = command.ExecuteScalar() as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite refused WAL mode for {connection.DataSource} (it chose '{mode}').");
        }
        command.CommandText = $"""
            PRAGMA synchronous = FULL;
            PRAGMA foreign_keys = ON;
            PRAGMA busy_timeout = {(long)BusyTimeout.TotalMilliseconds};
            """;
        command.ExecuteNonQuery();
    }

    private async Task WriteAsync(Action<SqliteWriter> write, CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            write(OpenWriter());
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task<T> WriteAsync<T>(Func<SqliteWriter, T> write, CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            return write(OpenWriter());
        }
        finally
        {
            writeLock.Release();
        }
    }

    private SqliteWriter OpenWriter()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return writer ?? throw new InvalidOperationException("Call InitializeAsync before using the store.");
    }

    private async Task<IReadOnlyList<T>> ReadAsync<T>(
        string sql,
        Func<SqliteDataReader, T> read,
        (string Name, object Value)[] parameters,
        CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (writer is null)
        {
            throw new InvalidOperationException("Call InitializeAsync before using the store.");
        }
        await using var connection = new SqliteConnection(readerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
