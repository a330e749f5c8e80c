using CoDraft.Core.Storage;
using Microsoft.Data.Sqlite;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// The one connection that writes, with its commands prepared once. Callers serialise access (the store holds a
/// lock), so each check below and the writes that follow it see the same data; BEGIN IMMEDIATE extends that to
/// other processes writing the same file.
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteCommand findHead;
    private readonly SqliteCommand findSubmission;
    private readonly SqliteCommand insertOp;
    private readonly SqliteCommand updateHead;
    private readonly SqliteCommand insertStatement;
    private readonly SqliteCommand insertSnapshot;
    private readonly SqliteCommand snapshotExists;
    private readonly SqliteCommand revisionExists;
    private readonly SqliteCommand insertRevision;

    public SqliteWriter(SqliteConnection connection)
    {
        this.connection = connection;
        findHead = Prepare(
            "SELECT head_version FROM statements WHERE id = $statement;",
            ("$statement", SqliteType.Text));
        findSubmission = Prepare(
            "SELECT version FROM ops WHERE statement_id = $statement AND client_id = $client AND seq = $seq;",
            ("$statement", SqliteType.Text), ("$client", SqliteType.Text), ("$seq", SqliteType.Integer));
        insertOp = Prepare(
            """
            INSERT INTO ops (statement_id, version, op, client_id, seq, author, committed_at)
            VALUES ($statement, $version, $op, $client, $seq, $author, $at);
            """,
            ("$statement", SqliteType.Text), ("$version", SqliteType.Integer), ("$op", SqliteType.Text),
            ("$client", SqliteType.Text), ("$seq", SqliteType.Integer), ("$author", SqliteType.Text),
            ("$at", SqliteType.Integer));
        updateHead = Prepare(
            "UPDATE statements SET head_version = $version, updated_at = $at WHERE id = $statement;",
            ("$statement", SqliteType.Text), ("$version", SqliteType.Integer), ("$at", SqliteType.Integer));
        insertStatement = Prepare(
            """
            INSERT INTO statements (id, title, created_by, created_at, head_version, updated_at)
            VALUES ($statement, $title, $by, $at, 0, $at);
            """,
            ("$statement", SqliteType.Text), ("$title", SqliteType.Text), ("$by", SqliteType.Text),
            ("$at", SqliteType.Integer));
        insertSnapshot = Prepare(
            """
            INSERT INTO snapshots (statement_id, version, text) VALUES ($statement, $version, $text)
            ON CONFLICT (statement_id, version) DO NOTHING;
            """,
            ("$statement", SqliteType.Text), ("$version", SqliteType.Integer), ("$text", SqliteType.Text));
        snapshotExists = Prepare(
            "SELECT 1 FROM snapshots WHERE statement_id = $statement AND version = $version;",
            ("$statement", SqliteType.Text), ("$version", SqliteType.Integer));
        revisionExists = Prepare(
            "SELECT 1 FROM revisions WHERE id = $revision;",
            ("$revision", SqliteType.Text));
        insertRevision = Prepare(
            """
            INSERT INTO revisions (id, statement_id, version, kind, label, author, created_at, sha256)
            VALUES ($revision, $statement, $version, $kind, $label, $author, $at, $sha256);
            """,
            ("$revision", SqliteType.Text), ("$statement", SqliteType.Text), ("$version", SqliteType.Integer),
            ("$kind", SqliteType.Text), ("$label", SqliteType.Text), ("$author", SqliteType.Text),
            ("$at", SqliteType.Integer), ("$sha256", SqliteType.Text));
    }

    /// <summary>
    /// Appends several batches (of any statements) in one transaction, so that they share one durable write. Each
    /// batch is all or nothing on its own: a refused one (conflict, duplicate, unknown statement) leaves the others
    /// in. Returns each batch's outcome, or the <see cref="StoreException"/> that refused it; any other failure
    /// throws and writes nothing of any batch.
    /// </summary>
    public (AppendOutcome Outcome, StoreException? Refusal)[] AppendEach(IReadOnlyList<IReadOnlyList<CommittedOp>> batches)
    {
        var results = new (AppendOutcome, StoreException?)[batches.Count];
        using var transaction = connection.BeginTransaction();
        for (var i = 0; i < batches.Count; i++)
        {
            const string savepoint = "batch";
            transaction.Save(savepoint);
            try
            {
                results[i] = (Append(batches[i], transaction), null);
                transaction.Release(savepoint);
            }
            catch (StoreException refused)
            {
                transaction.Rollback(savepoint);
                transaction.Release(savepoint);
                results[i] = (default, refused);
            }
        }
        transaction.Commit();
        return results;
    }

    /// <summary>The checks and writes of one batch, inside <paramref name="transaction"/>; a refusal writes nothing.</summary>
    private AppendOutcome Append(IReadOnlyList<CommittedOp> ops, SqliteTransaction transaction)
    {
        var statementId = SqliteValues.Id(ops[0].StatementId);
        var head = Run(findHead, transaction, statementId) as long?
            ?? throw UnknownStatement(ops[0].StatementId);
        foreach (var op in ops)
        {
            if (Run(findSubmission, transaction, statementId, op.ClientId, op.Seq) is long existing)
            {
                return new AppendOutcome(AppendStatus.DuplicateSubmission, existing);
            }
        }
        if (ops[0].Version != head + 1)
        {
            return new AppendOutcome(AppendStatus.VersionConflict);
        }
        foreach (var op in ops)
        {
            Run(insertOp, transaction, statementId, op.Version, SqliteValues.Json(op.Op), op.ClientId, op.Seq,
                op.Author, SqliteValues.Time(op.CommittedAt));
        }
        var last = ops[^1];
        Run(updateHead, transaction, statementId, last.Version, SqliteValues.Time(last.CommittedAt));
        return AppendOutcome.Committed;
    }

    public void CreateStatement(StatementRecord statement)
    {
        var statementId = SqliteValues.Id(statement.Id);
        using var transaction = connection.BeginTransaction();
        if (Run(findHead, transaction, statementId) is not null)
        {
            throw new StoreException(StoreException.DuplicateStatement, $"Statement {statement.Id} already exists.");
        }
        Run(insertStatement, transaction, statementId, statement.Title, statement.CreatedBy,
            SqliteValues.Time(statement.CreatedAt));
        transaction.Commit();
    }

    public void SaveSnapshot(TextSnapshot snapshot)
    {
        var statementId = SqliteValues.Id(snapshot.StatementId);
        using var transaction = connection.BeginTransaction();
        if (Run(findHead, transaction, statementId) is null)
        {
            throw UnknownStatement(snapshot.StatementId);
        }
        Run(insertSnapshot, transaction, statementId, snapshot.Version, snapshot.Text);
        transaction.Commit();
    }

    public void AddRevision(Revision revision)
    {
        var statementId = SqliteValues.Id(revision.StatementId);
        var revisionId = SqliteValues.Id(revision.Id);
        using var transaction = connection.BeginTransaction();
        if (Run(findHead, transaction, statementId) is null)
        {
            throw UnknownStatement(revision.StatementId);
        }
        if (Run(snapshotExists, transaction, statementId, revision.Version) is null)
        {
            throw new StoreException(
                StoreException.SnapshotMissing,
                $"Statement {revision.StatementId} has no snapshot at version {revision.Version} to name as a revision.");
        }
        if (Run(revisionExists, transaction, revisionId) is not null)
        {
            throw new StoreException(StoreException.DuplicateRevision, $"Revision {revision.Id} already exists.");
        }
        Run(insertRevision, transaction, revisionId, statementId, revision.Version, revision.Kind.ToString(),
            revision.Label, revision.Author, SqliteValues.Time(revision.CreatedAt), revision.Sha256);
        transaction.Commit();
    }

    /// <summary>Runs <paramref name="work"/> in one transaction, committed when it returns and rolled back when it throws.</summary>
    public T InTransaction<T>(Func<SqliteTransaction, T> work)
    {
        using var transaction = connection.BeginTransaction();
        var result = work(transaction);
        transaction.Commit();
        return result;
    }

    public void Dispose()
    {
        foreach (var command in new[]
                 {
                     findHead, findSubmission, insertOp, updateHead, insertStatement, insertSnapshot, snapshotExists,
                     revisionExists, insertRevision,
                 })
        {
            command.Dispose();
        }
        connection.Dispose();
    }

    private static StoreException UnknownStatement(Guid statementId) =>
        new(StoreException.UnknownStatement, $"Statement {statementId} does not exist.");

    private SqliteCommand Prepare(string sql, params (string Name, SqliteType Type)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            command.Parameters.Add(name, type);
        }
        command.Prepare();
        return command;
    }

    /// <summary>Runs a prepared command with its parameters given in declaration order; the first column of the first row, or null.</summary>
    private static object? Run(SqliteCommand command, SqliteTransaction transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        return command.ExecuteScalar();
    }
}
