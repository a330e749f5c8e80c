using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;
using Microsoft.Data.Sqlite;
using static CoDraft.Storage.Sqlite.SqliteValues;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// The lifecycle state: one row per statement in <c>statement_lifecycle</c>, none while it was never changed
/// (Drafting). Every check and the write that follows it run in the writer's one transaction.
/// </summary>
public sealed class SqliteLifecycleStore(SqliteDatabase database) : ILifecycleStore
{
    /// <inheritdoc />
    public async Task<StatementLifecycle> FindLifecycleAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        var found = await database.ReadAsync(
            """
            SELECT l.state, l.changed_at, l.changed_by FROM statements s
            LEFT JOIN statement_lifecycle l ON l.statement_id = s.id
            WHERE s.id = $statement;
            """,
            r => r.IsDBNull(0)
                ? StatementLifecycle.Initial(statementId)
                : new StatementLifecycle(statementId, Enum.Parse<StatementState>(r.GetString(0)), ReadTime(r, 1), r.GetString(2)),
            [("$statement", Id(statementId))],
            cancellationToken);
        return found.Count == 1 ? found[0] : throw UnknownStatement(statementId);
    }

    /// <inheritdoc />
    public Task<bool> ChangeStateAsync(StateChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        change.Validate();
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            var (state, head) = StateAndHead(t, change.StatementId);
            if (!StatementGuards.CanChangeState(change, state, head))
            {
                return false;
            }
            SetState(t, change.StatementId, change.To, change.ChangedBy, change.At);
            return true;
        }), cancellationToken);
    }

    /// <summary>The statement's state and head version inside <paramref name="transaction"/>.</summary>
    internal static (StatementState State, long Head) StateAndHead(SqliteTransaction transaction, Guid statementId)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT s.head_version, l.state FROM statements s
            LEFT JOIN statement_lifecycle l ON l.statement_id = s.id
            WHERE s.id = $statement;
            """;
        command.Parameters.AddWithValue("$statement", Id(statementId));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw UnknownStatement(statementId);
        }
        var state = reader.IsDBNull(1) ? StatementState.Drafting : Enum.Parse<StatementState>(reader.GetString(1));
        return (state, reader.GetInt64(0));
    }

    internal static void SetState(SqliteTransaction transaction, Guid statementId, StatementState state, string changedBy, DateTimeOffset at) =>
        SqliteSql.Execute(transaction,
            """
            INSERT INTO statement_lifecycle (statement_id, state, changed_at, changed_by) VALUES ($statement, $state, $at, $by)
            ON CONFLICT (statement_id) DO UPDATE SET state = $state, changed_at = $at, changed_by = $by;
            """,
            ("$statement", Id(statementId)), ("$state", state.ToString()), ("$at", Time(at)), ("$by", changedBy));

    internal static StoreException UnknownStatement(Guid statementId) =>
        new(StoreException.UnknownStatement, $"Statement {statementId} does not exist.");
}
