using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using Microsoft.Data.Sqlite;
using static CoDraft.Storage.Sqlite.SqliteValues;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// What the public side of a publication needs (schema 4): the slug in its address, sign-on requests, corrections
/// and reconfirmations. Each check and the write it guards run in the writer's one transaction.
/// </summary>
public sealed partial class SqliteDraftStore
{
    private const string SignOnColumns =
        "id, statement_id, organisation_name, name_key, country, type, website, contact_person, email, consent, status, requested_at, moderated_by, moderated_at";

    private const string CorrectionColumns = "statement_id, number, sha256, text, reason, published_at, published_by";

    /// <inheritdoc />
    public Task<string?> ClaimPublicSlugAsync(Guid statementId, string slug, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(slug);
        return WriteAsync(w => w.InTransaction(t =>
        {
            if (SqliteSql.Scalar(t, "SELECT slug FROM public_slugs WHERE statement_id = $statement;", ("$statement", Id(statementId))) is string existing)
            {
                return existing;
            }
            if (SqliteSql.Scalar(t, "SELECT 1 FROM public_slugs WHERE slug = $slug;", ("$slug", slug)) is not null)
            {
                return null;
            }
            if (SqliteSql.Scalar(t, "SELECT 1 FROM statements WHERE id = $statement;", ("$statement", Id(statementId))) is null)
            {
                throw new StoreException(StoreException.UnknownStatement, $"No statement {statementId}.");
            }
            SqliteSql.Execute(t, "INSERT INTO public_slugs (statement_id, slug, created_at) VALUES ($statement, $slug, $at);",
                ("$statement", Id(statementId)), ("$slug", slug), ("$at", Time(at)));
            return (string?)slug;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<string?> FindPublicSlugAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        var found = await ReadAsync("SELECT slug FROM public_slugs WHERE statement_id = $statement;", r => r.GetString(0),
            [("$statement", Id(statementId))], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public async Task<Guid?> FindStatementBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var found = await ReadAsync("SELECT statement_id FROM public_slugs WHERE slug = $slug;", r => ReadId(r, 0),
            [("$slug", slug)], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public Task<bool> AddSignOnRequestAsync(SignOnRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Status != SignOnStatus.Pending)
        {
            throw new ArgumentException("A new sign-on request is pending.", nameof(request));
        }
        return WriteAsync(w => w.InTransaction(t =>
        {
            if (SqliteSql.Scalar(t, "SELECT 1 FROM statements WHERE id = $statement;", ("$statement", Id(request.StatementId))) is null)
            {
                throw new StoreException(StoreException.UnknownStatement, $"No statement {request.StatementId}.");
            }
            if (SqliteSql.Scalar(t, "SELECT 1 FROM signon_requests WHERE statement_id = $statement AND name_key = $key AND status <> 'Rejected';",
                    ("$statement", Id(request.StatementId)), ("$key", request.NameKey)) is not null)
            {
                return false;
            }
            SqliteSql.Execute(t,
                $"""
                INSERT INTO signon_requests ({SignOnColumns})
                VALUES ($id, $statement, $name, $key, $country, $type, $website, $contact, $email, $consent, $status, $at, NULL, NULL);
                """,
                ("$id", Id(request.Id)), ("$statement", Id(request.StatementId)), ("$name", request.OrganisationName),
                ("$key", request.NameKey), ("$country", request.Country), ("$type", request.Type.ToString()),
                ("$website", request.Website), ("$contact", request.ContactPerson), ("$email", request.Email),
                ("$consent", Flag(request.ConsentToList)), ("$status", request.Status.ToString()), ("$at", Time(request.RequestedAt)));
            return true;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SignOnRequest?> ModerateSignOnRequestAsync(
        Guid statementId, Guid requestId, SignOnStatus decision, string moderatedBy, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (decision == SignOnStatus.Pending)
        {
            throw new ArgumentException("A request is moderated to Approved or Rejected.", nameof(decision));
        }
        ArgumentException.ThrowIfNullOrEmpty(moderatedBy);
        var changed = await WriteAsync(w => w.InTransaction(t => SqliteSql.Execute(t,
            """
            UPDATE signon_requests SET status = $status, moderated_by = $by, moderated_at = $at
            WHERE id = $id AND statement_id = $statement AND status = 'Pending';
            """,
            ("$status", decision.ToString()), ("$by", moderatedBy), ("$at", Time(at)), ("$id", Id(requestId)),
            ("$statement", Id(statementId)))), cancellationToken);
        return changed == 1 ? await FindSignOnRequestAsync(statementId, requestId, cancellationToken) : null;
    }

    /// <inheritdoc />
    public async Task<SignOnRequest?> FindSignOnRequestAsync(Guid statementId, Guid requestId, CancellationToken cancellationToken = default)
    {
        var found = await ReadAsync($"SELECT {SignOnColumns} FROM signon_requests WHERE id = $id AND statement_id = $statement;",
            ReadSignOn, [("$id", Id(requestId)), ("$statement", Id(statementId))], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SignOnRequest>> ListSignOnRequestsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        ReadAsync($"SELECT {SignOnColumns} FROM signon_requests WHERE statement_id = $statement ORDER BY requested_at, rowid;",
            ReadSignOn, [("$statement", Id(statementId))], cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddCorrectionAsync(Correction correction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correction);
        correction.Validate();
        return WriteAsync(w => w.InTransaction(t =>
        {
            if (SqliteSql.Scalar(t, "SELECT 1 FROM publications WHERE statement_id = $statement;", ("$statement", Id(correction.StatementId))) is null)
            {
                return false;
            }
            var last = (long)SqliteSql.Scalar(t, "SELECT COALESCE(MAX(number), 0) FROM corrections WHERE statement_id = $statement;",
                ("$statement", Id(correction.StatementId)))!;
            if (correction.Number != last + 1)
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
        ReadAsync($"SELECT {CorrectionColumns} FROM corrections WHERE statement_id = $statement ORDER BY number;",
            r => new Correction(ReadId(r, 0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), ReadTime(r, 5), r.GetString(6)),
            [("$statement", Id(statementId))], cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetReconfirmationAsync(Reconfirmation reconfirmation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reconfirmation);
        ArgumentException.ThrowIfNullOrEmpty(reconfirmation.PersonId);
        return WriteAsync(w => w.InTransaction(t =>
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
        ReadAsync(
            """
            SELECT statement_id, correction_number, organisation_id, decision, person_id, at FROM reconfirmations
            WHERE statement_id = $statement ORDER BY correction_number, organisation_id;
            """,
            r => new Reconfirmation(ReadId(r, 0), r.GetInt64(1), ReadId(r, 2), Enum.Parse<ReconfirmationDecision>(r.GetString(3)), r.GetString(4), ReadTime(r, 5)),
            [("$statement", Id(statementId))], cancellationToken);

    private static SignOnRequest ReadSignOn(SqliteDataReader r) => new(
        ReadId(r, 0), ReadId(r, 1), r.GetString(2), r.GetString(3), r.GetString(4), Enum.Parse<OrganisationType>(r.GetString(5)),
        r.IsDBNull(6) ? null : r.GetString(6), r.GetString(7), r.GetString(8), r.GetInt64(9) != 0, Enum.Parse<SignOnStatus>(r.GetString(10)),
        ReadTime(r, 11), r.IsDBNull(12) ? null : r.GetString(12), ReadOptionalTime(r, 13));
}
