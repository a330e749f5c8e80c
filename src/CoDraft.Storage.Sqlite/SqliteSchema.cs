using CoDraft.Core.Storage;
using Microsoft.Data.Sqlite;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// The tables of the store. <c>PRAGMA user_version</c> holds the schema version, so that a later CoDraft can
/// migrate a file written by this one and this one refuses a file written by a later one.
/// <para>
/// Representation: ids are Guids as lowercase "D" text; times are Unix milliseconds (INTEGER, UTC): compact,
/// ordered, and the precision MongoDB keeps, so both adapters return the same instants. Ops are their JSON form
/// (see <see cref="CoDraft.Core.Text.TextOp"/>). A statement row carries its head version and last change time,
/// updated in the same transaction as the ops, so that reading a statement or checking a version is one row.
/// </para>
/// </summary>
internal static class SqliteSchema
{
    public const long Version = 1;

    private const string CreateTables = """
        CREATE TABLE IF NOT EXISTS statements (
            id           TEXT    NOT NULL PRIMARY KEY,
            title        TEXT    NOT NULL,
            created_by   TEXT    NOT NULL,
            created_at   INTEGER NOT NULL,
            head_version INTEGER NOT NULL,
            updated_at   INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS statements_newest_first ON statements (created_at DESC);

        CREATE TABLE IF NOT EXISTS ops (
            statement_id TEXT    NOT NULL REFERENCES statements (id),
            version      INTEGER NOT NULL,
            op           TEXT    NOT NULL,
            client_id    TEXT    NOT NULL,
            seq          INTEGER NOT NULL,
            author       TEXT    NOT NULL,
            committed_at INTEGER NOT NULL,
            PRIMARY KEY (statement_id, version),
            UNIQUE (statement_id, client_id, seq)
        );

        CREATE TABLE IF NOT EXISTS snapshots (
            statement_id TEXT    NOT NULL REFERENCES statements (id),
            version      INTEGER NOT NULL,
            text         TEXT    NOT NULL,
            PRIMARY KEY (statement_id, version)
        );

        CREATE TABLE IF NOT EXISTS revisions (
            id           TEXT    NOT NULL PRIMARY KEY,
            statement_id TEXT    NOT NULL,
            version      INTEGER NOT NULL,
            kind         TEXT    NOT NULL,
            label        TEXT,
            author       TEXT    NOT NULL,
            created_at   INTEGER NOT NULL,
            sha256       TEXT    NOT NULL,
            FOREIGN KEY (statement_id, version) REFERENCES snapshots (statement_id, version)
        );
        CREATE INDEX IF NOT EXISTS revisions_oldest_first ON revisions (statement_id, created_at);
        """;

    /// <summary>Refuses a file from a newer schema, before anything (even the journal mode) is changed in it.</summary>
    public static void ThrowIfTooNew(SqliteConnection connection)
    {
        var found = Found(connection, transaction: null);
        if (found > Version)
        {
            throw new StoreException(
                StoreException.SchemaTooNew,
                $"The database has schema version {found}; this CoDraft knows versions up to {Version}.");
        }
    }

    /// <summary>Creates the tables when the file has none.</summary>
    public static void Ensure(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        if (Found(connection, transaction) < Version)
        {
            Scalar(connection, transaction, CreateTables);
            Scalar(connection, transaction, $"PRAGMA user_version = {Version};");
        }
        transaction.Commit();
    }

    private static long Found(SqliteConnection connection, SqliteTransaction? transaction) =>
        (long)Scalar(connection, transaction, "PRAGMA user_version;")!;

    private static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
