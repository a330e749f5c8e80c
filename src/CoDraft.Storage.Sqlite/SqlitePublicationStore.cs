using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;
using Microsoft.Data.Sqlite;
using static CoDraft.Storage.Sqlite.SqliteValues;
using static CoDraft.Storage.Sqlite.SqliteLifecycleStore;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// Publications: one row per statement in <c>publications</c>. Publishing checks the state and the head version,
/// stores the row and moves the state in the writer's one transaction, so no op can commit in between.
/// </summary>
public sealed class SqlitePublicationStore(SqliteDatabase database) : IPublicationStore
{
    internal const string PublicationColumns = "statement_id, version, sha256, text, published_at, published_by, public_from";

    /// <inheritdoc />
    public Task<PublishOutcome> PublishAsync(Publication publication, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(publication);
        publication.Validate();
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            var (state, head) = StateAndHead(t, publication.StatementId);
            if (StatementGuards.PublishRefusal(publication, state, head) is { } refusal)
            {
                return refusal;
            }
            SqliteSql.Execute(t,
                $"INSERT INTO publications ({PublicationColumns}) VALUES ($statement, $version, $sha256, $text, $at, $by, $from);",
                ("$statement", Id(publication.StatementId)), ("$version", publication.Version), ("$sha256", publication.Sha256),
                ("$text", publication.Text), ("$at", Time(publication.PublishedAt)), ("$by", publication.PublishedBy),
                ("$from", Time(publication.PublicFrom)));
            SetState(t, publication.StatementId, StatementState.Published, publication.PublishedBy, publication.PublishedAt);
            return new PublishOutcome(PublishStatus.Published, StatementState.Published, head);
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> SetPublicFromAsync(Guid statementId, DateTimeOffset publicFrom, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        database.WriteAsync(w => w.InTransaction(t => SqliteSql.Execute(t,
            "UPDATE publications SET public_from = $from WHERE statement_id = $statement AND public_from > $now;",
            ("$statement", Id(statementId)), ("$from", Time(publicFrom)), ("$now", Time(now))) == 1), cancellationToken);

    /// <inheritdoc />
    public async Task<Publication?> FindPublicationAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        var found = await database.ReadAsync(
            $"SELECT {PublicationColumns} FROM publications WHERE statement_id = $statement;",
            ReadPublication,
            [("$statement", Id(statementId))],
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Publication>> ListPublicationsAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            $"SELECT {PublicationColumns} FROM publications ORDER BY published_at DESC, rowid DESC;",
            ReadPublication,
            [],
            cancellationToken);

    internal static Publication ReadPublication(SqliteDataReader reader) => new(
        ReadId(reader, 0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), ReadTime(reader, 4),
        reader.GetString(5), ReadOptionalTime(reader, 6));
}
