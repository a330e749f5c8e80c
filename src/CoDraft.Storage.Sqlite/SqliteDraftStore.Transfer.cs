using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using CoDraft.Core.Storage.Transfer;
using static CoDraft.Storage.Sqlite.SqliteValues;

namespace CoDraft.Storage.Sqlite;

/// <summary>Reading and writing whole stores, for <c>store copy</c>.</summary>
public sealed partial class SqliteDraftStore : IStoreExport, IStoreImport
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Person>> ListPeopleAsync(CancellationToken cancellationToken = default) =>
        ReadAsync($"SELECT {PersonColumns} FROM people ORDER BY rowid;", ReadPerson, [], cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Invitation>> ListInvitationsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync($"SELECT {InvitationColumns} FROM invitations ORDER BY rowid;", ReadInvitation, [], cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<TextSnapshot>> ListSnapshotsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        ReadAsync(
            "SELECT version, text FROM snapshots WHERE statement_id = $statement ORDER BY version;",
            reader => new TextSnapshot(statementId, reader.GetInt64(0), reader.GetString(1)),
            [("$statement", Id(statementId))],
            cancellationToken);

    /// <inheritdoc />
    public Task<bool> ImportStatementAccessAsync(StatementAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var statementId = Id(access.StatementId);
        return WriteAsync(w => w.InTransaction(t =>
        {
            if (SqliteSql.Scalar(t, "SELECT 1 FROM statements WHERE id = $statement;", ("$statement", statementId)) is null)
            {
                throw new StoreException(StoreException.UnknownStatement, $"Statement {access.StatementId} does not exist.");
            }
            if (SqliteSql.Scalar(t, "SELECT 1 FROM statement_access WHERE statement_id = $statement;", ("$statement", statementId)) is not null)
            {
                return false;
            }
            WriteAccess(t, access, access.Revision);
            return true;
        }), cancellationToken);
    }
}
