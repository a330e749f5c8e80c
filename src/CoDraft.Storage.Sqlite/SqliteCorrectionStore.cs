using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using Microsoft.Data.Sqlite;
using static CoDraft.Storage.Sqlite.SqliteValues;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// Corrections of a published statement and reconfirmations of them (schema 4): <c>corrections</c> and
/// <c>reconfirmations</c>. Each check and the write it guards run in the writer's one transaction.
/// </summary>
public sealed class SqliteCorrectionStore(SqliteDatabase database) : ICorrectionStore
{
    private const string CorrectionColumns = "statement_id, number, sha256, text, reason, published_at, published_by";

    /// <inheritdoc />
    public Task<bool> AddCorrectionAsync(Correction correction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correction);
        correction.Validate();
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            if (SqliteSql.Scalar(t, "SELECT 1 FROM publications WHERE statement_id = $statement;", ("$statement", Id(correction.StatementId))) is null)
            {
                return false;
            }
            var last = (long)SqliteSql.Scalar(t, "SELECT COALESCE(MAX(number), 0) FROM corrections WHERE statement_id = $statement;",
                ("$statement", Id(correction.StatementId)))!;
            if (!StatementGuards.IsNextCorrection(correction, last))
            {
                return false;
            }
            SqliteSql.Execute(t,
                $"INSERT INTO corrections ({CorrectionColumns}) VALUES ($statement, $number, $sha256, $text, $reason, $at, $by);",
                ("$statement", Id(correction.StatementId)), ("$number", correction.Number), ("$sha256", correction.Sha256),
                ("$text", correction.Text), ("$reason", correction.Reason), ("$at", Time(correction.PublishedAt)),
                ("$by", correction.PublishedBy));
            return true;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Correction>> ListCorrectionsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        database.ReadAsync($"SELECT {CorrectionColumns} FROM corrections WHERE statement_id = $statement ORDER BY number;",
            r => new Correction(ReadId(r, 0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), ReadTime(r, 5), r.GetString(6)),
            [("$statement", Id(statementId))], cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetReconfirmationAsync(Reconfirmation reconfirmation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reconfirmation);
        ArgumentException.ThrowIfNullOrEmpty(reconfirmation.PersonId);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            if (SqliteSql.Scalar(t, "SELECT 1 FROM corrections WHERE statement_id = $statement AND number = $number;",
                    ("$statement", Id(reconfirmation.StatementId)), ("$number", reconfirmation.CorrectionNumber)) is null)
            {
                return false;
            }
            SqliteSql.Execute(t,
                """
                INSERT INTO reconfirmations (statement_id, correction_number, organisation_id, decision, person_id, at)
                VALUES ($statement, $number, $organisation, $decision, $person, $at)
                ON CONFLICT (statement_id, correction_number, organisation_id)
                DO UPDATE SET decision = excluded.decision, person_id = excluded.person_id, at = excluded.at;
                """,
                ("$statement", Id(reconfirmation.StatementId)), ("$number", reconfirmation.CorrectionNumber),
                ("$organisation", Id(reconfirmation.OrganisationId)), ("$decision", reconfirmation.Decision.ToString()),
                ("$person", reconfirmation.PersonId), ("$at", Time(reconfirmation.At)));
            return true;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Reconfirmation>> ListReconfirmationsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            """
            SELECT statement_id, correction_number, organisation_id, decision, person_id, at FROM reconfirmations
            WHERE statement_id = $statement ORDER BY correction_number, organisation_id;
            """,
            r => new Reconfirmation(ReadId(r, 0), r.GetInt64(1), ReadId(r, 2), Enum.Parse<ReconfirmationDecision>(r.GetString(3)), r.GetString(4), ReadTime(r, 5)),
            [("$statement", Id(statementId))], cancellationToken);
}
