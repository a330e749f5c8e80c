using CoDraft.Core.Audit;
using CoDraft.Core.Storage;
using Microsoft.Data.Sqlite;
using static CoDraft.Storage.Sqlite.SqliteValues;
using static CoDraft.Storage.Sqlite.SqliteLifecycleStore;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// The audit log: <c>audit_entries</c>, keyed by (statement, sequence). The next entry is computed from the last one
/// inside the writer's transaction, so appends to one chain are strictly one after the other; the primary key
/// would refuse a second entry n from another process writing the same file.
/// </summary>
public sealed class SqliteAuditLog(SqliteDatabase database) : IAuditLog
{
    private const string AuditColumns = "statement_id, sequence, at, actor, action, details, previous_hash, hash";

    /// <inheritdoc />
    public Task<AuditEntry> AppendAuditAsync(
        Guid statementId, DateTimeOffset at, string actor, string action, string details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(details);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            _ = StateAndHead(t, statementId);
            var entry = AuditChain.Next(LastAuditEntry(t, statementId), statementId, at, actor, action, details);
            SqliteSql.Execute(t,
                $"INSERT INTO audit_entries ({AuditColumns}) VALUES ($statement, $sequence, $at, $actor, $action, $details, $previous, $hash);",
                ("$statement", Id(statementId)), ("$sequence", entry.Sequence), ("$at", Time(entry.At)), ("$actor", entry.Actor),
                ("$action", entry.Action), ("$details", entry.Details), ("$previous", entry.PreviousHash), ("$hash", entry.Hash));
            return entry;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            $"SELECT {AuditColumns} FROM audit_entries WHERE statement_id = $statement ORDER BY sequence;",
            ReadAuditEntry,
            [("$statement", Id(statementId))],
            cancellationToken);

    private static AuditEntry? LastAuditEntry(SqliteTransaction transaction, Guid statementId)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {AuditColumns} FROM audit_entries WHERE statement_id = $statement ORDER BY sequence DESC LIMIT 1;";
        command.Parameters.AddWithValue("$statement", Id(statementId));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadAuditEntry(reader) : null;
    }

    private static AuditEntry ReadAuditEntry(SqliteDataReader reader) => new(
        ReadId(reader, 0), reader.GetInt64(1), ReadTime(reader, 2), reader.GetString(3), reader.GetString(4),
        reader.GetString(5), reader.GetString(6), reader.GetString(7));
}
