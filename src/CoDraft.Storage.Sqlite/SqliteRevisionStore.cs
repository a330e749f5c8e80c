using CoDraft.Core.Storage;

namespace CoDraft.Storage.Sqlite;

/// <summary>Revisions: <c>revisions</c>, each naming a stored snapshot.</summary>
public sealed class SqliteRevisionStore(SqliteDatabase database) : IRevisionStore
{
    /// <inheritdoc />
    /// <exception cref="StoreException">
    /// The statement does not exist, there is no snapshot at the revision's version, or the revision id is taken.
    /// </exception>
    public Task AddRevisionAsync(Revision revision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return database.WriteAsync(w => w.AddRevision(revision), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Revision>> ListRevisionsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            """
            SELECT id, statement_id, version, kind, label, author, created_at, sha256 FROM revisions
            WHERE statement_id = $statement
            ORDER BY created_at, rowid;
            """,
            SqliteValues.ReadRevision,
            [("$statement", SqliteValues.Id(statementId))],
            cancellationToken);
}
