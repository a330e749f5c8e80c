using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using Microsoft.Data.Sqlite;
using static CoDraft.Storage.Sqlite.SqliteValues;

namespace CoDraft.Storage.Sqlite;

/// <summary>People, organisations, memberships, access tokens and invitations.</summary>
public sealed partial class SqliteAccountStore(SqliteDatabase database) : IAccountStore
{
    /// <inheritdoc />
    public Task CreatePersonAsync(Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            if (SqliteSql.Scalar(t, "SELECT 1 FROM people WHERE email = $email OR id = $id;", ("$email", person.Email), ("$id", Id(person.Id))) is not null)
            {
                throw new StoreException(StoreException.DuplicateEmail, "A person with this email already exists.");
            }
            SqliteSql.Execute(t,
                $"INSERT INTO people ({PersonColumns}) VALUES ($id, $email, $name, $hash, $stamp, $admin, $at, $failures, $locked);",
                ("$id", Id(person.Id)), ("$email", person.Email), ("$name", person.Name), ("$hash", person.PasswordHash),
                ("$stamp", person.SecurityStamp), ("$admin", Flag(person.IsAdministrator)), ("$at", Time(person.CreatedAt)),
                ("$failures", person.FailedSignIns), ("$locked", Time(person.LockedUntil)));
            return 0;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<Person?> FindPersonAsync(Guid id, CancellationToken cancellationToken = default) =>
        FirstAsync($"SELECT {PersonColumns} FROM people WHERE id = $id;", ReadPerson, ("$id", Id(id)), cancellationToken);

    /// <inheritdoc />
    public Task<Person?> FindPersonByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        FirstAsync($"SELECT {PersonColumns} FROM people WHERE email = $email;", ReadPerson, ("$email", email), cancellationToken);

    /// <inheritdoc />
    public Task UpdatePersonAsync(Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            var changed = SqliteSql.Execute(t,
                """
                UPDATE people SET name = $name, password_hash = $hash, security_stamp = $stamp, is_admin = $admin,
                    failed_sign_ins = $failures, locked_until = $locked
                WHERE id = $id;
                """,
                ("$id", Id(person.Id)), ("$name", person.Name), ("$hash", person.PasswordHash), ("$stamp", person.SecurityStamp),
                ("$admin", Flag(person.IsAdministrator)), ("$failures", person.FailedSignIns), ("$locked", Time(person.LockedUntil)));
            return changed == 1 ? 0 : throw UnknownPerson(person.Id);
        }), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> AnyAdministratorAsync(CancellationToken cancellationToken = default) =>
        (await database.ReadAsync("SELECT 1 FROM people WHERE is_admin = 1 LIMIT 1;", _ => true, [], cancellationToken)).Count > 0;

    /// <inheritdoc />
    public Task CreateOrganisationAsync(Organisation organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            if (SqliteSql.Scalar(t, "SELECT 1 FROM organisations WHERE id = $id;", ("$id", Id(organisation.Id))) is not null)
            {
                throw new StoreException(StoreException.DuplicateOrganisation, $"Organisation {organisation.Id} already exists.");
            }
            SqliteSql.Execute(t,
                $"INSERT INTO organisations ({OrganisationColumns}) VALUES ($id, $name, $country, $type, $website, $at);",
                ("$id", Id(organisation.Id)), ("$name", organisation.Name), ("$country", organisation.Country),
                ("$type", organisation.Type.ToString()), ("$website", organisation.Website), ("$at", Time(organisation.CreatedAt)));
            return 0;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<Organisation?> FindOrganisationAsync(Guid id, CancellationToken cancellationToken = default) =>
        FirstAsync($"SELECT {OrganisationColumns} FROM organisations WHERE id = $id;", ReadOrganisation, ("$id", Id(id)), cancellationToken);

    /// <inheritdoc />
    /// <remarks>SQLite's NOCASE folds ASCII only; names differing in other letters' case sort by their ordinal order.</remarks>
    public Task<IReadOnlyList<Organisation>> ListOrganisationsAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync($"SELECT {OrganisationColumns} FROM organisations ORDER BY name COLLATE NOCASE, rowid;", ReadOrganisation, [], cancellationToken);

    /// <inheritdoc />
    public Task AddMembershipAsync(Membership membership, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membership);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            if (SqliteSql.Scalar(t, "SELECT 1 FROM people WHERE id = $id;", ("$id", Id(membership.PersonId))) is null)
            {
                throw UnknownPerson(membership.PersonId);
            }
            if (SqliteSql.Scalar(t, "SELECT 1 FROM organisations WHERE id = $id;", ("$id", Id(membership.OrganisationId))) is null)
            {
                throw new StoreException(StoreException.UnknownOrganisation, $"Organisation {membership.OrganisationId} does not exist.");
            }
            if (SqliteSql.Scalar(t, "SELECT 1 FROM memberships WHERE person_id = $id;", ("$id", Id(membership.PersonId))) is not null)
            {
                throw new StoreException(StoreException.AlreadyMember, "The person already belongs to an organisation.");
            }
            SqliteSql.Execute(t,
                $"INSERT INTO memberships ({MembershipColumns}) VALUES ($organisation, $person, $admin, $at);",
                ("$organisation", Id(membership.OrganisationId)), ("$person", Id(membership.PersonId)),
                ("$admin", Flag(membership.IsOrganisationAdmin)), ("$at", Time(membership.JoinedAt)));
            return 0;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<Membership?> FindMembershipAsync(Guid personId, CancellationToken cancellationToken = default) =>
        FirstAsync($"SELECT {MembershipColumns} FROM memberships WHERE person_id = $person;", ReadMembership, ("$person", Id(personId)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Membership>> ListMembersAsync(Guid organisationId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            $"SELECT {MembershipColumns} FROM memberships WHERE organisation_id = $organisation ORDER BY joined_at, rowid;",
            ReadMembership, [("$organisation", Id(organisationId))], cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetOrganisationAdminAsync(Guid organisationId, Guid personId, bool isAdmin, CancellationToken cancellationToken = default) =>
        database.WriteAsync(w => w.InTransaction(t => SqliteSql.Execute(t,
            "UPDATE memberships SET is_admin = $admin WHERE organisation_id = $organisation AND person_id = $person;",
            ("$admin", Flag(isAdmin)), ("$organisation", Id(organisationId)), ("$person", Id(personId))) == 1), cancellationToken);

    /// <inheritdoc />
    public Task<bool> RemoveMembershipAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken = default) =>
        database.WriteAsync(w => w.InTransaction(t => SqliteSql.Execute(t,
            "DELETE FROM memberships WHERE organisation_id = $organisation AND person_id = $person;",
            ("$organisation", Id(organisationId)), ("$person", Id(personId))) == 1), cancellationToken);

    /// <inheritdoc />
    public Task AddAccessTokenAsync(AccessToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            if (SqliteSql.Scalar(t, "SELECT 1 FROM people WHERE id = $id;", ("$id", Id(token.PersonId))) is null)
            {
                throw UnknownPerson(token.PersonId);
            }
            SqliteSql.Execute(t,
                $"INSERT INTO access_tokens ({AccessTokenColumns}) VALUES ($id, $person, $name, $hash, $at, $expires, $revoked);",
                ("$id", Id(token.Id)), ("$person", Id(token.PersonId)), ("$name", token.Name), ("$hash", token.TokenHash),
                ("$at", Time(token.CreatedAt)), ("$expires", Time(token.ExpiresAt)), ("$revoked", Time(token.RevokedAt)));
            return 0;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<AccessToken?> FindAccessTokenAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        FirstAsync($"SELECT {AccessTokenColumns} FROM access_tokens WHERE token_hash = $hash;", ReadAccessToken, ("$hash", tokenHash), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<AccessToken>> ListAccessTokensAsync(Guid personId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            $"SELECT {AccessTokenColumns} FROM access_tokens WHERE person_id = $person ORDER BY created_at, rowid;",
            ReadAccessToken, [("$person", Id(personId))], cancellationToken);

    /// <inheritdoc />
    public Task<bool> RevokeAccessTokenAsync(Guid personId, Guid tokenId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        database.WriteAsync(w => w.InTransaction(t => SqliteSql.Execute(t,
            "UPDATE access_tokens SET revoked_at = $at WHERE id = $id AND person_id = $person AND revoked_at IS NULL;",
            ("$at", Time(at)), ("$id", Id(tokenId)), ("$person", Id(personId))) == 1), cancellationToken);

    /// <inheritdoc />
    public Task AddInvitationAsync(Invitation invitation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return database.WriteAsync(w => w.InTransaction(t => SqliteSql.Execute(t,
            $"""
            INSERT INTO invitations ({InvitationColumns})
            VALUES ($id, $hash, $email, $organisation, $admin, $statement, $role, $by, $at, $expires, $used, $usedBy, $revoked);
            """,
            ("$id", Id(invitation.Id)), ("$hash", invitation.TokenHash), ("$email", invitation.Email),
            ("$organisation", Id(invitation.OrganisationId)), ("$admin", Flag(invitation.OrganisationAdmin)),
            ("$statement", Id(invitation.StatementId)), ("$role", invitation.Role?.ToString()), ("$by", Id(invitation.CreatedBy)),
            ("$at", Time(invitation.CreatedAt)), ("$expires", Time(invitation.ExpiresAt)), ("$used", Time(invitation.UsedAt)),
            ("$usedBy", Id(invitation.UsedBy)), ("$revoked", Time(invitation.RevokedAt)))), cancellationToken);
    }

    /// <inheritdoc />
    public Task<Invitation?> FindInvitationAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        FirstAsync($"SELECT {InvitationColumns} FROM invitations WHERE token_hash = $hash;", ReadInvitation, ("$hash", tokenHash), cancellationToken);

    /// <inheritdoc />
    public Task<bool> ClaimInvitationAsync(Guid invitationId, Guid personId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        database.WriteAsync(w => w.InTransaction(t => SqliteSql.Execute(t,
            "UPDATE invitations SET used_at = $at, used_by = $person WHERE id = $id AND used_at IS NULL AND revoked_at IS NULL;",
            ("$at", Time(at)), ("$person", Id(personId)), ("$id", Id(invitationId))) == 1), cancellationToken);

    /// <inheritdoc />
    public Task<Invitation?> FindInvitationByIdAsync(Guid id, CancellationToken cancellationToken = default) =>
        FirstAsync($"SELECT {InvitationColumns} FROM invitations WHERE id = $id;", ReadInvitation, ("$id", Id(id)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Invitation>> ListOpenInvitationsOfOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            $"SELECT {InvitationColumns} FROM invitations WHERE organisation_id = $organisation AND used_at IS NULL AND revoked_at IS NULL ORDER BY created_at, rowid;",
            ReadInvitation, [("$organisation", Id(organisationId))], cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Invitation>> ListOpenInvitationsOfStatementAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            $"SELECT {InvitationColumns} FROM invitations WHERE statement_id = $statement AND used_at IS NULL AND revoked_at IS NULL ORDER BY created_at, rowid;",
            ReadInvitation, [("$statement", Id(statementId))], cancellationToken);

    /// <inheritdoc />
    public Task<bool> ReleaseInvitationAsync(Guid invitationId, Guid personId, CancellationToken cancellationToken = default) =>
        database.WriteAsync(w => w.InTransaction(t => SqliteSql.Execute(t,
            "UPDATE invitations SET used_at = NULL, used_by = NULL WHERE id = $id AND used_by = $person;",
            ("$id", Id(invitationId)), ("$person", Id(personId))) == 1), cancellationToken);

    /// <inheritdoc />
    public Task<bool> RevokeInvitationAsync(Guid invitationId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        database.WriteAsync(w => w.InTransaction(t => SqliteSql.Execute(t,
            "UPDATE invitations SET revoked_at = $at WHERE id = $id AND used_at IS NULL AND revoked_at IS NULL;",
            ("$at", Time(at)), ("$id", Id(invitationId))) == 1), cancellationToken);

    private async Task<T?> FirstAsync<T>(string sql, Func<SqliteDataReader, T> read, (string Name, object Value) parameter, CancellationToken cancellationToken)
        where T : class =>
        (await database.ReadAsync(sql, read, [parameter], cancellationToken)) is [var first, ..] ? first : null;

    private static StoreException UnknownPerson(Guid personId) =>
        new(StoreException.UnknownPerson, $"Person {personId} does not exist.");
}
