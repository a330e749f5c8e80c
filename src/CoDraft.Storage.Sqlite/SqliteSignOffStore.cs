using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;
using Microsoft.Data.Sqlite;
using static CoDraft.Storage.Sqlite.SqliteValues;
using static CoDraft.Storage.Sqlite.SqliteLifecycleStore;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// Sign-off rounds: <c>signoff_rounds</c> numbered per statement by <c>position</c> (the highest is the current
/// round), with their required organisations, candidates and decisions in child tables, each in order.
/// </summary>
public sealed class SqliteSignOffStore(SqliteDatabase database) : ISignOffStore
{
    /// <inheritdoc />
    public Task<bool> OpenRoundAsync(SignOffRound round, string openedBy, DateTimeOffset openedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentException.ThrowIfNullOrEmpty(openedBy);
        SignOffRounds.ValidateNew(round);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            if (!StatementGuards.CanOpenRound(StateAndHead(t, round.StatementId).State))
            {
                return false;
            }
            var position = (long)SqliteSql.Scalar(t,
                "SELECT coalesce(max(position), 0) + 1 FROM signoff_rounds WHERE statement_id = $statement;",
                ("$statement", Id(round.StatementId)))!;
            var roundId = Id(round.Id);
            SqliteSql.Execute(t,
                """
                INSERT INTO signoff_rounds (id, statement_id, position, deadline, opened_at, opened_by)
                VALUES ($round, $statement, $position, $deadline, $at, $by);
                """,
                ("$round", roundId), ("$statement", Id(round.StatementId)), ("$position", position),
                ("$deadline", Time(round.Deadline)), ("$at", Time(openedAt)), ("$by", openedBy));
            for (var i = 0; i < round.RequiredOrganisations.Count; i++)
            {
                SqliteSql.Execute(t,
                    "INSERT INTO signoff_required (round_id, position, organisation_id) VALUES ($round, $position, $organisation);",
                    ("$round", roundId), ("$position", i), ("$organisation", Id(round.RequiredOrganisations[i])));
            }
            InsertCandidate(t, roundId, 0, round.Current);
            SetState(t, round.StatementId, StatementState.InReview, openedBy, openedAt);
            return true;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> AddCandidateAsync(Guid statementId, Guid roundId, SignOffCandidate candidate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            var state = StateAndHead(t, statementId).State;
            if (CurrentCandidate(t, statementId, roundId) is not { } current || !StatementGuards.CanAddCandidate(state, current.Candidate, candidate))
            {
                return false;
            }
            InsertCandidate(t, Id(roundId), current.Position + 1, candidate);
            return true;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> AddDecisionAsync(Guid statementId, Guid roundId, SignOffDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            var state = StateAndHead(t, statementId).State;
            if (!StatementGuards.CanDecide(state, CurrentCandidate(t, statementId, roundId)?.Candidate, decision))
            {
                return false;
            }
            SqliteSql.Execute(t,
                """
                INSERT INTO signoff_decisions (round_id, position, organisation_id, person_id, kind, candidate_version, candidate_sha256, comment, decided_at)
                VALUES ($round, (SELECT coalesce(max(position), -1) + 1 FROM signoff_decisions WHERE round_id = $round),
                        $organisation, $person, $kind, $version, $sha256, $comment, $at);
                """,
                ("$round", Id(roundId)), ("$organisation", Id(decision.OrganisationId)), ("$person", decision.PersonId),
                ("$kind", decision.Kind.ToString()), ("$version", decision.CandidateVersion), ("$sha256", decision.CandidateSha256),
                ("$comment", decision.Comment), ("$at", Time(decision.At)));
            return true;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SignOffRoundRecord>> ListRoundsAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        // One read transaction, so that a round is never seen without the candidates or decisions written with it.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var id = Id(statementId);
        var rounds = await SqliteSql.QueryAsync(transaction,
            "SELECT id, deadline, opened_at, opened_by FROM signoff_rounds WHERE statement_id = $statement ORDER BY position;",
            id, r => (Id: ReadId(r, 0), Deadline: ReadOptionalTime(r, 1), OpenedAt: ReadTime(r, 2), OpenedBy: r.GetString(3)), cancellationToken);
        var required = await SqliteSql.QueryAsync(transaction,
            """
            SELECT q.round_id, q.organisation_id FROM signoff_required q JOIN signoff_rounds r ON r.id = q.round_id
            WHERE r.statement_id = $statement ORDER BY q.position;
            """,
            id, r => (Round: ReadId(r, 0), Organisation: ReadId(r, 1)), cancellationToken);
        var candidates = await SqliteSql.QueryAsync(transaction,
            """
            SELECT c.round_id, c.version, c.sha256, c.issued_at FROM signoff_candidates c JOIN signoff_rounds r ON r.id = c.round_id
            WHERE r.statement_id = $statement ORDER BY c.position;
            """,
            id, r => (Round: ReadId(r, 0), Candidate: new SignOffCandidate(r.GetInt64(1), r.GetString(2), ReadTime(r, 3))), cancellationToken);
        var decisions = await SqliteSql.QueryAsync(transaction,
            """
            SELECT d.round_id, d.organisation_id, d.person_id, d.kind, d.candidate_version, d.candidate_sha256, d.comment, d.decided_at
            FROM signoff_decisions d JOIN signoff_rounds r ON r.id = d.round_id
            WHERE r.statement_id = $statement ORDER BY d.position;
            """,
            id, r => (Round: ReadId(r, 0), Decision: new SignOffDecision(
                ReadId(r, 1), r.GetString(2), Enum.Parse<SignOffDecisionKind>(r.GetString(3)), r.GetInt64(4), r.GetString(5),
                r.IsDBNull(6) ? null : r.GetString(6), ReadTime(r, 7))), cancellationToken);
        return rounds.Select(round => new SignOffRoundRecord(
            new SignOffRound(
                round.Id, statementId,
                required.Where(q => q.Round == round.Id).Select(q => q.Organisation).ToList(),
                round.Deadline,
                candidates.Where(c => c.Round == round.Id).Select(c => c.Candidate).ToList()),
            round.OpenedBy, round.OpenedAt,
            decisions.Where(d => d.Round == round.Id).Select(d => d.Decision).ToList())).ToList();
    }

    /// <summary>The current candidate of <paramref name="roundId"/> with its position, when that round is the statement's newest.</summary>
    private static (SignOffCandidate Candidate, long Position)? CurrentCandidate(SqliteTransaction transaction, Guid statementId, Guid roundId)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT c.version, c.sha256, c.issued_at, c.position FROM signoff_candidates c
            WHERE c.round_id = $round
              AND $round = (SELECT id FROM signoff_rounds WHERE statement_id = $statement ORDER BY position DESC LIMIT 1)
            ORDER BY c.position DESC LIMIT 1;
            """;
        command.Parameters.AddWithValue("$round", Id(roundId));
        command.Parameters.AddWithValue("$statement", Id(statementId));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? (new SignOffCandidate(reader.GetInt64(0), reader.GetString(1), ReadTime(reader, 2)), reader.GetInt64(3))
            : null;
    }

    internal static void InsertCandidate(SqliteTransaction transaction, string roundId, long position, SignOffCandidate candidate) =>
        SqliteSql.Execute(transaction,
            "INSERT INTO signoff_candidates (round_id, position, version, sha256, issued_at) VALUES ($round, $position, $version, $sha256, $at);",
            ("$round", roundId), ("$position", position), ("$version", candidate.Version), ("$sha256", candidate.Sha256),
            ("$at", Time(candidate.IssuedAt)));
}
