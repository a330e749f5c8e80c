using CoDraft.Core.Storage;
using Microsoft.Data.Sqlite;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// The embedded store: everything in one SQLite file, shared by one class per port (<see cref="SqliteOpLog"/>,
/// <see cref="SqliteReviewStore"/>…), which all go through one instance of this. Writes go through one connection, one at a time (SQLite
/// allows one writer per file anyway, and queueing on a lock is cheaper than retrying on SQLITE_BUSY); reads
/// use pooled read-only connections and run concurrently with each other and with the writer, as WAL allows.
/// Call <see cref="InitializeAsync"/> once before anything else.
/// </summary>
public sealed partial class SqliteDatabase : IStoreSchema, IAsyncDisposable, IDisposable
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
    public SqliteDatabase(SqliteStoreOptions options)
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
    /// <remarks>The same lookup real reads do (of a statement that cannot exist), through the same connections.</remarks>
    public Task PingAsync(CancellationToken cancellationToken = default) =>
        ReadAsync("SELECT id FROM statements WHERE id = $statement;", r => r.GetString(0), [("$statement", SqliteValues.Id(Guid.Empty))], cancellationToken);

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

    internal async Task WriteAsync(Action<SqliteWriter> write, CancellationToken cancellationToken)
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

    internal async Task<T> WriteAsync<T>(Func<SqliteWriter, T> write, CancellationToken cancellationToken)
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

    internal async Task<IReadOnlyList<T>> ReadAsync<T>(
        string sql,
        Func<SqliteDataReader, T> read,
        (string Name, object Value)[] parameters,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
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

    /// <summary>An open pooled read-only connection, for reads that need several queries in one read transaction.</summary>
    internal async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (writer is null)
        {
            throw new InvalidOperationException("Call InitializeAsync before using the store.");
        }
        var connection = new SqliteConnection(readerConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
