using CoDraft.Core.Storage;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// The op log: <c>ops</c>, unique per (statement, version) and per (statement, client, seq). Appends go through
/// the database's shared commits (<see cref="SqliteDatabase"/>).
/// </summary>
public sealed class SqliteOpLog(SqliteDatabase database) : IOpLog
{
    /// <inheritdoc />
    /// <exception cref="ArgumentException">The batch is empty, spans statements, or its versions or submissions are not consecutive and distinct.</exception>
    /// <exception cref="StoreException">The statement does not exist (<see cref="StoreException.UnknownStatement"/>).</exception>
    public Task<AppendOutcome> AppendAsync(IReadOnlyList<CommittedOp> ops, CancellationToken cancellationToken = default)
    {
        AppendBatch.Validate(ops);
        return database.AppendSharingCommitsAsync(ops, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CommittedOp>> ReadOpsAsync(
        Guid statementId, long afterVersion, long upToVersion, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
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
        var found = await database.ReadAsync(
            """
            SELECT statement_id, version, op, client_id, seq, author, committed_at FROM ops
            WHERE statement_id = $statement AND client_id = $client AND seq = $seq;
            """,
            SqliteValues.ReadOp,
            [("$statement", SqliteValues.Id(statementId)), ("$client", clientId), ("$seq", seq)],
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }
}
