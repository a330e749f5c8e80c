using CoDraft.Core.Accounts;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;
using CoDraft.StoreCopy;
using static CoDraft.Storage.Sqlite.SqliteValues;
using static CoDraft.Storage.Sqlite.SqliteStatementAccessStore;
using static CoDraft.Storage.Sqlite.SqliteSignOffStore;
using static CoDraft.Storage.Sqlite.SqlitePublicationStore;
using static CoDraft.Storage.Sqlite.SqliteLifecycleStore;

namespace CoDraft.Storage.Sqlite;

/// <summary>Reading and writing whole stores, for <c>store copy</c>.</summary>
public sealed class SqliteStoreTransfer(SqliteDatabase database) : IStoreExport, IStoreImport
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Person>> ListPeopleAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync($"SELECT {PersonColumns} FROM people ORDER BY rowid;", ReadPerson, [], cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Invitation>> ListInvitationsAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync($"SELECT {InvitationColumns} FROM invitations ORDER BY rowid;", ReadInvitation, [], cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<TextSnapshot>> ListSnapshotsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            "SELECT version, text FROM snapshots WHERE statement_id = $statement ORDER BY version;",
            reader => new TextSnapshot(statementId, reader.GetInt64(0), reader.GetString(1)),
            [("$statement", Id(statementId))],
            cancellationToken);

    /// <inheritdoc />
    public Task<bool> ImportStatementAccessAsync(StatementAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var statementId = Id(access.StatementId);
        return database.WriteAsync(w => w.InTransaction(t =>
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

    /// <inheritdoc />
    public Task<bool> ImportLifecycleAsync(StatementLifecycle lifecycle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            _ = StateAndHead(t, lifecycle.StatementId);
            if (SqliteSql.Scalar(t, "SELECT 1 FROM statement_lifecycle WHERE statement_id = $statement;", ("$statement", Id(lifecycle.StatementId))) is not null)
            {
                return false;
            }
            SetState(t, lifecycle.StatementId, lifecycle.State, lifecycle.ChangedBy ?? string.Empty, lifecycle.ChangedAt ?? DateTimeOffset.UnixEpoch);
            return true;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> ImportPublicationAsync(Publication publication, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            _ = StateAndHead(t, publication.StatementId);
            if (SqliteSql.Scalar(t, "SELECT 1 FROM publications WHERE statement_id = $statement;", ("$statement", Id(publication.StatementId))) is not null)
            {
                return false;
            }
            SqliteSql.Execute(t,
                $"INSERT INTO publications ({PublicationColumns}) VALUES ($statement, $version, $sha256, $text, $at, $by, $from);",
                ("$statement", Id(publication.StatementId)), ("$version", publication.Version), ("$sha256", publication.Sha256),
                ("$text", publication.Text), ("$at", Time(publication.PublishedAt)), ("$by", publication.PublishedBy),
                ("$from", Time(publication.PublicFrom)));
            return true;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> ImportRoundAsync(SignOffRoundRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var round = record.Round;
        var roundId = Id(round.Id);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            _ = StateAndHead(t, round.StatementId);
            if (SqliteSql.Scalar(t, "SELECT 1 FROM signoff_rounds WHERE id = $round;", ("$round", roundId)) is not null)
            {
                return false;
            }
            SqliteSql.Execute(t,
                """
                INSERT INTO signoff_rounds (id, statement_id, position, deadline, opened_at, opened_by)
                VALUES ($round, $statement, (SELECT coalesce(max(position), 0) + 1 FROM signoff_rounds WHERE statement_id = $statement), $deadline, $at, $by);
                """,
                ("$round", roundId), ("$statement", Id(round.StatementId)), ("$deadline", Time(round.Deadline)),
                ("$at", Time(record.OpenedAt)), ("$by", record.OpenedBy));
            for (var i = 0; i < round.RequiredOrganisations.Count; i++)
            {
                SqliteSql.Execute(t,
                    "INSERT INTO signoff_required (round_id, position, organisation_id) VALUES ($round, $position, $organisation);",
                    ("$round", roundId), ("$position", i), ("$organisation", Id(round.RequiredOrganisations[i])));
            }
            for (var i = 0; i < round.Candidates.Count; i++)
            {
                InsertCandidate(t, roundId, i, round.Candidates[i]);
            }
            for (var i = 0; i < record.Decisions.Count; i++)
            {
                var decision = record.Decisions[i];
                SqliteSql.Execute(t,
                    """
                    INSERT INTO signoff_decisions (round_id, position, organisation_id, person_id, kind, candidate_version, candidate_sha256, comment, decided_at)
                    VALUES ($round, $position, $organisation, $person, $kind, $version, $sha256, $comment, $at);
                    """,
                    ("$round", roundId), ("$position", i), ("$organisation", Id(decision.OrganisationId)), ("$person", decision.PersonId),
                    ("$kind", decision.Kind.ToString()), ("$version", decision.CandidateVersion), ("$sha256", decision.CandidateSha256),
                    ("$comment", decision.Comment), ("$at", Time(decision.At)));
            }
            return true;
        }), cancellationToken);
    }
}
