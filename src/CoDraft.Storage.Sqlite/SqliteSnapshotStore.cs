using CoDraft.Core.Storage;

namespace CoDraft.Storage.Sqlite;

/// <summary>Text snapshots: <c>snapshots</c>, one row per (statement, version).</summary>
public sealed class SqliteSnapshotStore(SqliteDatabase database) : ISnapshotStore
{
    /// <inheritdoc />
    /// <exception cref="StoreException">The statement does not exist (<see cref="StoreException.UnknownStatement"/>).</exception>
    public Task SaveSnapshotAsync(TextSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return database.WriteAsync(w => w.SaveSnapshot(snapshot), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<TextSnapshot?> FindSnapshotAsync(Guid statementId, long version, CancellationToken cancellationToken = default)
    {
        var found = await database.ReadAsync(
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
}
