using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using Microsoft.Data.Sqlite;
using static CoDraft.Storage.Sqlite.SqliteValues;

namespace CoDraft.Storage.Sqlite;

public sealed class SqliteStatementAccessStore(SqliteDatabase database) : IStatementAccessStore
{
    /// <inheritdoc />
    public Task<bool> SaveStatementAccessAsync(StatementAccess access, long expectedRevision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var statementId = Id(access.StatementId);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            if (SqliteSql.Scalar(t, "SELECT 1 FROM statements WHERE id = $statement;", ("$statement", statementId)) is null)
            {
                throw new StoreException(StoreException.UnknownStatement, $"Statement {access.StatementId} does not exist.");
            }
            var stored = SqliteSql.Scalar(t, "SELECT revision FROM statement_access WHERE statement_id = $statement;", ("$statement", statementId)) as long? ?? 0;
            if (stored != expectedRevision)
            {
                return false;
            }
            WriteAccess(t, access, expectedRevision + 1);
            return true;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StatementAccess?> FindStatementAccessAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        // One deferred (read) transaction, so that the three queries see the same stored revision.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var id = Id(statementId);
        var head = await SqliteSql.QueryAsync(transaction, "SELECT convening_organisation_id, revision FROM statement_access WHERE statement_id = $statement;",
            id, r => (Convening: ReadId(r, 0), Revision: r.GetInt64(1)), cancellationToken);
        if (head is not [var found])
        {
            return null;
        }
        var partners = await SqliteSql.QueryAsync(transaction, "SELECT organisation_id FROM statement_partners WHERE statement_id = $statement ORDER BY position;",
            id, r => ReadId(r, 0), cancellationToken);
        var people = await SqliteSql.QueryAsync(transaction, "SELECT person_id, organisation_id, role FROM statement_people WHERE statement_id = $statement ORDER BY position;",
            id, r => new StatementMember(ReadId(r, 0), ReadId(r, 1), Enum.Parse<StatementRole>(r.GetString(2))), cancellationToken);
        var invited = await SqliteSql.QueryAsync(transaction,
            "SELECT organisation_id, status, invited_by, invited_at, answered_by, answered_at FROM statement_partner_invitations WHERE statement_id = $statement ORDER BY position;",
            id, r => new PartnerInvitation(ReadId(r, 0), Enum.Parse<PartnerStatus>(r.GetString(1)), ReadId(r, 2), ReadTime(r, 3), ReadOptionalId(r, 4), ReadOptionalTime(r, 5)),
            cancellationToken);
        var proposals = await SqliteSql.QueryAsync(transaction,
            "SELECT person_id, organisation_id, proposed_by, proposed_at FROM statement_signatory_proposals WHERE statement_id = $statement ORDER BY position;",
            id, r => new SignatoryProposal(ReadId(r, 0), ReadId(r, 1), ReadId(r, 2), ReadTime(r, 3)), cancellationToken);
        return new StatementAccess(statementId, found.Convening, partners, people, found.Revision) { InvitedPartners = invited, SignatoryProposals = proposals };
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Guid>> ListStatementsOfPersonAsync(Guid personId, CancellationToken cancellationToken = default) =>
        database.ReadAsync("SELECT statement_id FROM statement_people WHERE person_id = $person;", r => ReadId(r, 0), [("$person", Id(personId))], cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Guid>> ListStatementsOfOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            """
            SELECT statement_id FROM statement_access WHERE convening_organisation_id = $organisation
            UNION SELECT statement_id FROM statement_partners WHERE organisation_id = $organisation
            UNION SELECT statement_id FROM statement_partner_invitations WHERE organisation_id = $organisation;
            """,
            r => ReadId(r, 0), [("$organisation", Id(organisationId))], cancellationToken);

    /// <summary>Replaces the statement's stored access (its partners and people too) with <paramref name="access"/> as <paramref name="revision"/>.</summary>
    internal static void WriteAccess(SqliteTransaction t, StatementAccess access, long revision)
    {
        var statementId = Id(access.StatementId);
        SqliteSql.Execute(t,
            """
            INSERT INTO statement_access (statement_id, convening_organisation_id, revision) VALUES ($statement, $convening, $revision)
            ON CONFLICT (statement_id) DO UPDATE SET convening_organisation_id = $convening, revision = $revision;
            DELETE FROM statement_partners WHERE statement_id = $statement;
            DELETE FROM statement_people WHERE statement_id = $statement;
            DELETE FROM statement_partner_invitations WHERE statement_id = $statement;
            DELETE FROM statement_signatory_proposals WHERE statement_id = $statement;
            """,
            ("$statement", statementId), ("$convening", Id(access.ConveningOrganisationId)), ("$revision", revision));
        for (var i = 0; i < access.PartnerOrganisationIds.Count; i++)
        {
            SqliteSql.Execute(t,
                "INSERT INTO statement_partners (statement_id, position, organisation_id) VALUES ($statement, $position, $organisation);",
                ("$statement", statementId), ("$position", i), ("$organisation", Id(access.PartnerOrganisationIds[i])));
        }
        for (var i = 0; i < access.People.Count; i++)
        {
            var member = access.People[i];
            SqliteSql.Execute(t,
                """
                INSERT INTO statement_people (statement_id, position, person_id, organisation_id, role)
                VALUES ($statement, $position, $person, $organisation, $role);
                """,
                ("$statement", statementId), ("$position", i), ("$person", Id(member.PersonId)),
                ("$organisation", Id(member.OrganisationId)), ("$role", member.Role.ToString()));
        }
        for (var i = 0; i < access.InvitedPartners.Count; i++)
        {
            var invited = access.InvitedPartners[i];
            SqliteSql.Execute(t,
                """
                INSERT INTO statement_partner_invitations (statement_id, position, organisation_id, status, invited_by, invited_at, answered_by, answered_at)
                VALUES ($statement, $position, $organisation, $status, $by, $at, $answeredBy, $answeredAt);
                """,
                ("$statement", statementId), ("$position", i), ("$organisation", Id(invited.OrganisationId)), ("$status", invited.Status.ToString()),
                ("$by", Id(invited.InvitedBy)), ("$at", Time(invited.InvitedAt)), ("$answeredBy", Id(invited.AnsweredBy)), ("$answeredAt", Time(invited.AnsweredAt)));
        }
        for (var i = 0; i < access.SignatoryProposals.Count; i++)
        {
            var proposal = access.SignatoryProposals[i];
            SqliteSql.Execute(t,
                """
                INSERT INTO statement_signatory_proposals (statement_id, position, person_id, organisation_id, proposed_by, proposed_at)
                VALUES ($statement, $position, $person, $organisation, $by, $at);
                """,
                ("$statement", statementId), ("$position", i), ("$person", Id(proposal.PersonId)), ("$organisation", Id(proposal.OrganisationId)),
                ("$by", Id(proposal.ProposedBy)), ("$at", Time(proposal.ProposedAt)));
        }
    }
}
