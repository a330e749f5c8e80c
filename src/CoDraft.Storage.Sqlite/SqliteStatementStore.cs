using CoDraft.Core.Storage;

namespace CoDraft.Storage.Sqlite;

/// <summary>Statements: one row each in <c>statements</c>, with the head version the op log moves.</summary>
public sealed class SqliteStatementStore(SqliteDatabase database) : IStatementStore
{
    /// <inheritdoc />
    public Task CreateStatementAsync(StatementRecord statement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return database.WriteAsync(w => w.CreateStatement(statement), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StatementRecord?> FindStatementAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var found = await database.ReadAsync(
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
        database.ReadAsync(
            """
            SELECT id, title, head_version, created_by, created_at, updated_at FROM statements
            ORDER BY created_at DESC, rowid DESC;
            """,
            SqliteValues.ReadStatement,
            [],
            cancellationToken);
}
