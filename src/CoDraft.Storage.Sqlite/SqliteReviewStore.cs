using CoDraft.Core.Review;
using CoDraft.Core.Storage;
using Microsoft.Data.Sqlite;
using static CoDraft.Storage.Sqlite.SqliteValues;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// Comment threads, replies and suggestions. Anchor moves are one transaction with one prepared UPDATE run per
/// anchor, guarded by <c>anchor_version &lt; $version</c> so that a move never takes an anchor back.
/// </summary>
public sealed class SqliteReviewStore(SqliteDatabase database) : IReviewStore
{
    private const string ThreadColumns =
        "id, statement_id, anchor_start, anchor_end, quote, orphaned, anchor_version, author_id, organisation_id, body, created_at, status, status_by, status_at";

    private const string ReplyColumns = "thread_id, id, author_id, organisation_id, body, created_at";

    private const string SuggestionColumns =
        "id, statement_id, anchor_start, anchor_end, quote, orphaned, anchor_version, replacement, author_id, organisation_id, created_at, " +
        "base_version, state, decided_by, decided_at, applied_version";

    /// <inheritdoc />
    public Task AddThreadAsync(CommentThread thread, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (thread.Replies.Count != 0)
        {
            throw new ArgumentException("A new thread has no replies yet.", nameof(thread));
        }
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            RequireNewItem(t, "comment_threads", thread.StatementId, thread.Id);
            SqliteSql.Execute(t,
                $"""
                INSERT INTO comment_threads ({ThreadColumns})
                VALUES ($id, $statement, $start, $end, $quote, $orphaned, $anchorVersion, $author, $organisation, $body, $at, $status, $statusBy, $statusAt);
                """,
                ("$id", Id(thread.Id)), ("$statement", Id(thread.StatementId)), ("$start", thread.Anchor.Start), ("$end", thread.Anchor.End),
                ("$quote", thread.Anchor.Quote), ("$orphaned", Flag(thread.Anchor.Orphaned)), ("$anchorVersion", thread.AnchorVersion),
                ("$author", Id(thread.AuthorId)), ("$organisation", Id(thread.OrganisationId)), ("$body", thread.Body),
                ("$at", Time(thread.CreatedAt)), ("$status", thread.Status.ToString()), ("$statusBy", Id(thread.StatusChangedBy)),
                ("$statusAt", Time(thread.StatusChangedAt)));
            return 0;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CommentThread?> FindThreadAsync(Guid statementId, Guid threadId, CancellationToken cancellationToken = default) =>
        (await ReadThreadsAsync(statementId, threadId, cancellationToken)) is [var found] ? found : null;

    /// <inheritdoc />
    public Task<IReadOnlyList<CommentThread>> ListThreadsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        ReadThreadsAsync(statementId, null, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddReplyAsync(Guid statementId, Guid threadId, CommentReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            if (SqliteSql.Scalar(t, "SELECT 1 FROM comment_threads WHERE id = $thread AND statement_id = $statement;",
                    ("$thread", Id(threadId)), ("$statement", Id(statementId))) is null)
            {
                return false;
            }
            SqliteSql.Execute(t,
                $"INSERT INTO comment_replies ({ReplyColumns}, statement_id) VALUES ($thread, $id, $author, $organisation, $body, $at, $statement);",
                ("$thread", Id(threadId)), ("$id", Id(reply.Id)), ("$author", Id(reply.AuthorId)), ("$organisation", Id(reply.OrganisationId)),
                ("$body", reply.Body), ("$at", Time(reply.CreatedAt)), ("$statement", Id(statementId)));
            return true;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> SetThreadStatusAsync(
        Guid statementId, Guid threadId, ThreadStatus status, Guid by, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        database.WriteAsync(w => w.InTransaction(t => SqliteSql.Execute(t,
            """
            UPDATE comment_threads SET status = $status, status_by = $by, status_at = $at
            WHERE id = $thread AND statement_id = $statement AND status <> $status;
            """,
            ("$status", status.ToString()), ("$by", Id(by)), ("$at", Time(at)), ("$thread", Id(threadId)), ("$statement", Id(statementId))) == 1),
            cancellationToken);

    /// <inheritdoc />
    public Task AddSuggestionAsync(Suggestion suggestion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            RequireNewItem(t, "suggestions", suggestion.StatementId, suggestion.Id);
            SqliteSql.Execute(t,
                $"""
                INSERT INTO suggestions ({SuggestionColumns})
                VALUES ($id, $statement, $start, $end, $quote, $orphaned, $anchorVersion, $replacement, $author, $organisation, $at,
                        $baseVersion, $state, $decidedBy, $decidedAt, $appliedVersion);
                """,
                ("$id", Id(suggestion.Id)), ("$statement", Id(suggestion.StatementId)), ("$start", suggestion.Anchor.Start),
                ("$end", suggestion.Anchor.End), ("$quote", suggestion.Anchor.Quote), ("$orphaned", Flag(suggestion.Anchor.Orphaned)),
                ("$anchorVersion", suggestion.AnchorVersion), ("$replacement", suggestion.Replacement), ("$author", Id(suggestion.AuthorId)),
                ("$organisation", Id(suggestion.OrganisationId)), ("$at", Time(suggestion.CreatedAt)), ("$baseVersion", suggestion.BaseVersion),
                ("$state", suggestion.State.ToString()), ("$decidedBy", Id(suggestion.DecidedBy)), ("$decidedAt", Time(suggestion.DecidedAt)),
                ("$appliedVersion", suggestion.AppliedVersion));
            return 0;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Suggestion?> FindSuggestionAsync(Guid statementId, Guid suggestionId, CancellationToken cancellationToken = default) =>
        (await database.ReadAsync($"SELECT {SuggestionColumns} FROM suggestions WHERE statement_id = $statement AND id = $id;",
            ReadSuggestion, [("$statement", Id(statementId)), ("$id", Id(suggestionId))], cancellationToken)) is [var found] ? found : null;

    /// <inheritdoc />
    public Task<IReadOnlyList<Suggestion>> ListSuggestionsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        database.ReadAsync($"SELECT {SuggestionColumns} FROM suggestions WHERE statement_id = $statement ORDER BY created_at, rowid;",
            ReadSuggestion, [("$statement", Id(statementId))], cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Guid>> DecideSuggestionsAsync(
        Guid statementId, IReadOnlyList<SuggestionDecision> decisions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        return database.WriteAsync<IReadOnlyList<Guid>>(w => w.InTransaction(t =>
        {
            var decided = new List<Guid>();
            foreach (var d in decisions)
            {
                if (d.State == SuggestionState.Open)
                {
                    throw new ArgumentException("A decision accepts, rejects or supersedes a suggestion.", nameof(decisions));
                }
                var changed = SqliteSql.Execute(t,
                    """
                    UPDATE suggestions SET state = $state, decided_by = $by, decided_at = $at, applied_version = $applied
                    WHERE id = $id AND statement_id = $statement AND state = 'Open';
                    """,
                    ("$state", d.State.ToString()), ("$by", Id(d.DecidedBy)), ("$at", Time(d.DecidedAt)), ("$applied", d.AppliedVersion),
                    ("$id", Id(d.SuggestionId)), ("$statement", Id(statementId)));
                if (changed == 1)
                {
                    decided.Add(d.SuggestionId);
                }
            }
            return decided;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task SaveAnchorsAsync(Guid statementId, long version, IReadOnlyList<AnchorMove> moves, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(moves);
        if (moves.Count == 0)
        {
            return Task.CompletedTask;
        }
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            using var threads = AnchorUpdate(t, "comment_threads");
            using var suggestions = AnchorUpdate(t, "suggestions");
            foreach (var move in moves)
            {
                var command = move.Kind == ReviewItemKind.Thread ? threads : suggestions;
                command.Parameters["$id"].Value = Id(move.ItemId);
                command.Parameters["$statement"].Value = Id(statementId);
                command.Parameters["$start"].Value = move.Anchor.Start;
                command.Parameters["$end"].Value = move.Anchor.End;
                command.Parameters["$orphaned"].Value = Flag(move.Anchor.Orphaned);
                command.Parameters["$version"].Value = version;
                command.ExecuteNonQuery();
            }
            return 0;
        }), cancellationToken);
    }

    private static SqliteCommand AnchorUpdate(SqliteTransaction transaction, string table)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            UPDATE {table} SET anchor_start = $start, anchor_end = $end, orphaned = $orphaned, anchor_version = $version
            WHERE id = $id AND statement_id = $statement AND anchor_version < $version;
            """;
        foreach (var name in new[] { "$id", "$statement", "$start", "$end", "$orphaned", "$version" })
        {
            command.Parameters.Add(name, name is "$id" or "$statement" ? SqliteType.Text : SqliteType.Integer);
        }
        command.Prepare();
        return command;
    }

    private static void RequireNewItem(SqliteTransaction t, string table, Guid statementId, Guid id)
    {
        if (SqliteSql.Scalar(t, "SELECT 1 FROM statements WHERE id = $statement;", ("$statement", Id(statementId))) is null)
        {
            throw new StoreException(StoreException.UnknownStatement, $"Statement {statementId} does not exist.");
        }
        if (SqliteSql.Scalar(t, $"SELECT 1 FROM {table} WHERE id = $id;", ("$id", Id(id))) is not null)
        {
            throw new StoreException(StoreException.DuplicateReviewItem, $"A comment thread or suggestion {id} already exists.");
        }
    }

    private async Task<IReadOnlyList<CommentThread>> ReadThreadsAsync(Guid statementId, Guid? threadId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        // One read transaction, so that the replies belong to the threads read.
        await using var transaction = connection.BeginTransaction(deferred: true);
        (string, object?)[] parameters = [("$statement", Id(statementId)), ("$thread", Id(threadId))];
        var threads = await ReviewQueryAsync(transaction,
            $"SELECT {ThreadColumns} FROM comment_threads WHERE statement_id = $statement AND ($thread IS NULL OR id = $thread) ORDER BY created_at, rowid;",
            parameters, ReadThread, cancellationToken);
        var replies = await ReviewQueryAsync(transaction,
            $"SELECT {ReplyColumns} FROM comment_replies WHERE statement_id = $statement AND ($thread IS NULL OR thread_id = $thread) ORDER BY created_at, rowid;",
            parameters, r => (ThreadId: ReadId(r, 0), Reply: new CommentReply(ReadId(r, 1), ReadId(r, 2), ReadId(r, 3), r.GetString(4), ReadTime(r, 5))),
            cancellationToken);
        var byThread = replies.ToLookup(r => r.ThreadId, r => r.Reply);
        return threads.Select(t => t with { Replies = byThread[t.Id].ToList() }).ToList();
    }

    private static async Task<List<T>> ReviewQueryAsync<T>(
        SqliteTransaction transaction, string sql, (string Name, object? Value)[] parameters, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    private static CommentThread ReadThread(SqliteDataReader r) => new(
        ReadId(r, 0),
        ReadId(r, 1),
        ReadAnchor(r, 2),
        r.GetInt64(6),
        ReadId(r, 7),
        ReadId(r, 8),
        r.GetString(9),
        ReadTime(r, 10),
        Enum.Parse<ThreadStatus>(r.GetString(11)),
        ReadOptionalId(r, 12),
        ReadOptionalTime(r, 13),
        []);

    private static Suggestion ReadSuggestion(SqliteDataReader r) => new(
        ReadId(r, 0),
        ReadId(r, 1),
        ReadAnchor(r, 2),
        r.GetInt64(6),
        r.GetString(7),
        ReadId(r, 8),
        ReadId(r, 9),
        ReadTime(r, 10),
        r.GetInt64(11),
        Enum.Parse<SuggestionState>(r.GetString(12)),
        ReadOptionalId(r, 13),
        ReadOptionalTime(r, 14),
        r.IsDBNull(15) ? null : r.GetInt64(15));

    /// <summary>Reads <c>anchor_start, anchor_end, quote, orphaned</c> from <paramref name="first"/> on.</summary>
    private static Anchor ReadAnchor(SqliteDataReader r, int first) =>
        new(r.GetInt32(first), r.GetInt32(first + 1), r.GetString(first + 2), r.GetInt64(first + 3) != 0);
}
