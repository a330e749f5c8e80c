using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using static CoDraft.Storage.Sqlite.SqliteValues;

namespace CoDraft.Storage.Sqlite;

public sealed partial class SqliteAccountStore
{
    /// <summary>Any row that makes an organisation take part in a statement.</summary>
    private const string TakesPartSql = """
        SELECT 1 FROM statement_access WHERE convening_organisation_id = $id
        UNION ALL SELECT 1 FROM statement_partners WHERE organisation_id = $id
        UNION ALL SELECT 1 FROM statement_people WHERE organisation_id = $id
        UNION ALL SELECT 1 FROM statement_partner_invitations WHERE organisation_id = $id
        UNION ALL SELECT 1 FROM signoff_required WHERE organisation_id = $id
        LIMIT 1;
        """;

    /// <inheritdoc />
    public Task<bool> UpdateOrganisationAsync(Organisation organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return database.WriteAsync(w => w.InTransaction(t => SqliteSql.Execute(t,
            "UPDATE organisations SET name = $name, country = $country, type = $type, website = $website WHERE id = $id;",
            ("$id", Id(organisation.Id)), ("$name", organisation.Name), ("$country", organisation.Country),
            ("$type", organisation.Type.ToString()), ("$website", organisation.Website)) == 1), cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>The checks and the removal are one transaction: no member or statement can arrive in between.</remarks>
    public Task<OrganisationRemoval> RemoveOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default) =>
        database.WriteAsync(w => w.InTransaction(t =>
        {
            var id = ("$id", (object?)Id(organisationId));
            if (SqliteSql.Scalar(t, "SELECT 1 FROM organisations WHERE id = $id;", id) is null)
            {
                return OrganisationRemoval.NotFound;
            }
            if (SqliteSql.Scalar(t, "SELECT 1 FROM memberships WHERE organisation_id = $id LIMIT 1;", id) is not null)
            {
                return OrganisationRemoval.HasMembers;
            }
            if (SqliteSql.Scalar(t, TakesPartSql, id) is not null)
            {
                return OrganisationRemoval.TakesPart;
            }
            SqliteSql.Execute(t, "DELETE FROM invitations WHERE organisation_id = $id AND used_at IS NULL;", id);
            SqliteSql.Execute(t, "DELETE FROM organisations WHERE id = $id;", id);
            return OrganisationRemoval.Removed;
        }), cancellationToken);
}
