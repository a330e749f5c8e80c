using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using Microsoft.Data.Sqlite;
using static CoDraft.Storage.Sqlite.SqliteValues;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// Requests to be listed under a published statement (schema 4): <c>signon_requests</c>. Each check and the write it
/// guards run in the writer's one transaction.
/// </summary>
public sealed class SqliteSignOnStore(SqliteDatabase database) : ISignOnStore
{
    private const string SignOnColumns =
        "id, statement_id, organisation_name, name_key, country, type, website, contact_person, email, consent, status, requested_at, moderated_by, moderated_at";

    /// <inheritdoc />
    public Task<bool> AddSignOnRequestAsync(SignOnRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        StatementGuards.ValidateNewSignOn(request);
        return database.WriteAsync(w => w.InTransaction(t =>
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
        StatementGuards.ValidateSignOnDecision(decision);
        ArgumentException.ThrowIfNullOrEmpty(moderatedBy);
        var changed = await database.WriteAsync(w => w.InTransaction(t => SqliteSql.Execute(t,
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
        var found = await database.ReadAsync($"SELECT {SignOnColumns} FROM signon_requests WHERE id = $id AND statement_id = $statement;",
            ReadSignOn, [("$id", Id(requestId)), ("$statement", Id(statementId))], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SignOnRequest>> ListSignOnRequestsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        database.ReadAsync($"SELECT {SignOnColumns} FROM signon_requests WHERE statement_id = $statement ORDER BY requested_at, rowid;",
            ReadSignOn, [("$statement", Id(statementId))], cancellationToken);

    private static SignOnRequest ReadSignOn(SqliteDataReader r) => new(
        ReadId(r, 0), ReadId(r, 1), r.GetString(2), r.GetString(3), r.GetString(4), Enum.Parse<OrganisationType>(r.GetString(5)),
        r.IsDBNull(6) ? null : r.GetString(6), r.GetString(7), r.GetString(8), r.GetInt64(9) != 0, Enum.Parse<SignOnStatus>(r.GetString(10)),
        ReadTime(r, 11), r.IsDBNull(12) ? null : r.GetString(12), ReadOptionalTime(r, 13));
}
