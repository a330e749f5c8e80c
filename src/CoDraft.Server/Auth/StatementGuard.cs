using System.Security.Claims;
using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;

namespace CoDraft.Server.Auth;

/// <summary>
/// The check every statement route and hub method makes: the caller's role on the statement, from the
/// organisation they belong to now. No role there (their organisation is not on the statement, or they were
/// given no role) is <see cref="ErrorCodes.StatementNotFound"/>, exactly as for a statement that does not exist,
/// so that nobody learns of statements they are not part of; a role that does not allow the action is
/// <see cref="ErrorCodes.AccessForbidden"/>. Not being signed in is refused before this, by authorization (401).
/// </summary>
public sealed class StatementGuard(IDraftStore store)
{
    /// <summary>How many times an access change is redone when another lead changed the statement's access first.</summary>
    public const int MaxChangeAttempts = 8;

    /// <summary>The caller, when they may do <paramref name="action"/> on the statement.</summary>
    public async Task<StatementCaller> RequireAsync(Guid statementId, ClaimsPrincipal user, StatementAction action, CancellationToken cancellationToken = default)
    {
        var person = SignedInPerson.From(user);
        var membership = await store.FindMembershipAsync(person.Id, cancellationToken);
        var access = await store.FindStatementAccessAsync(statementId, cancellationToken);
        if (access?.RoleOf(person.Id, membership?.OrganisationId) is not { } role)
        {
            throw NotFound();
        }
        if (!StatementPermissions.Allows(role, action))
        {
            throw new CoDraftException(ErrorCodes.AccessForbidden, $"A {role.ToString().ToLowerInvariant()} may not do this ({action}).");
        }
        return new StatementCaller(person.Id, membership!.OrganisationId, role, access);
    }

    /// <summary>The ids of the statements <paramref name="personId"/> may read now.</summary>
    public async Task<IReadOnlyList<Guid>> VisibleStatementsAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var membership = await store.FindMembershipAsync(personId, cancellationToken);
        if (membership is null)
        {
            return [];
        }
        var visible = new List<Guid>();
        foreach (var statementId in await store.ListStatementsOfPersonAsync(personId, cancellationToken))
        {
            var access = await store.FindStatementAccessAsync(statementId, cancellationToken);
            if (access?.RoleOf(personId, membership.OrganisationId) is not null)
            {
                visible.Add(statementId);
            }
        }
        return visible;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the statement's stored access and saves it; when another change came
    /// first, reads again and redoes it, up to <see cref="MaxChangeAttempts"/> times.
    /// </summary>
    public async Task<StatementAccess> ChangeAsync(Guid statementId, Func<StatementAccess, StatementAccess> change, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < MaxChangeAttempts; attempt++)
        {
            var current = await store.FindStatementAccessAsync(statementId, cancellationToken) ?? throw NotFound();
            var changed = change(current);
            if (ReferenceEquals(changed, current))
            {
                return current;
            }
            if (await store.SaveStatementAccessAsync(changed, current.Revision, cancellationToken))
            {
                return changed with { Revision = current.Revision + 1 };
            }
        }
        throw new CoDraftException(ErrorCodes.StoreContention, "Others kept changing who takes part in this statement; try again.");
    }

    private static CoDraftException NotFound() => new(ErrorCodes.StatementNotFound, "No such statement.");
}
