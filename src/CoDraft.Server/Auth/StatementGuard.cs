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
public sealed class StatementGuard(IAccountStore store, IStatementAccessStore statementAccess, AccessChanges changes, TimeProvider clock, IEnumerable<IAccessChangeListener> listeners)
{
    /// <summary>How many times an access change is redone when another lead changed the statement's access first.</summary>
    public const int MaxChangeAttempts = 8;

    /// <summary>The caller, when they may do <paramref name="action"/> on the statement.</summary>
    public Task<StatementCaller> RequireAsync(Guid statementId, ClaimsPrincipal user, StatementAction action, CancellationToken cancellationToken = default) =>
        RequireAsync(statementId, SignedInPerson.From(user).Id, action, cancellationToken);

    /// <summary>The person <paramref name="personId"/>, when they may do <paramref name="action"/> on the statement.</summary>
    public async Task<StatementCaller> RequireAsync(Guid statementId, Guid personId, StatementAction action, CancellationToken cancellationToken = default)
    {
        var membership = await store.FindMembershipAsync(personId, cancellationToken);
        var access = await statementAccess.FindStatementAccessAsync(statementId, cancellationToken);
        return Decide(personId, membership, access, action);
    }

    /// <summary>
    /// As <see cref="RequireAsync(Guid, ClaimsPrincipal, StatementAction, CancellationToken)"/>, for the calls a live connection makes several times a second (submitting ops,
    /// moving the cursor): the membership and access read by this connection's previous check are used again while
    /// they are at most <paramref name="maxAge"/> old and this process has changed no access since
    /// (<see cref="AccessChanges"/>), so a role taken away through this server stops working at the next call. A
    /// change made through another server sharing the store takes effect here within <paramref name="maxAge"/>.
    /// Reading both from the store on every keystroke cost several queries per op, and grows with the people
    /// taking part. <see cref="TimeSpan.Zero"/> reads them every time.
    /// </summary>
    public async Task<StatementCaller> RequireRecentAsync(
        Guid statementId, ClaimsPrincipal user, StatementAction action, RecentAccess recent, TimeSpan maxAge, CancellationToken cancellationToken = default)
    {
        var person = SignedInPerson.From(user);
        var changeCount = changes.Count;
        var now = clock.GetTimestamp();
        if (recent.TryGet(statementId, out var reading)
            && reading.ChangeCount == changeCount
            && clock.GetElapsedTime(reading.Timestamp, now) <= maxAge)
        {
            return Decide(person.Id, reading.Membership, reading.Access, action);
        }
        // The count is taken before reading, so a change stored while reading makes the next call read again.
        var membership = await store.FindMembershipAsync(person.Id, cancellationToken);
        var access = await statementAccess.FindStatementAccessAsync(statementId, cancellationToken);
        if (access is null || maxAge <= TimeSpan.Zero)
        {
            recent.Forget(statementId);
        }
        else
        {
            recent.Set(statementId, new RecentAccess.Reading(membership, access, changeCount, now));
        }
        return Decide(person.Id, membership, access, action);
    }

    private static StatementCaller Decide(Guid personId, Membership? membership, StatementAccess? access, StatementAction action)
    {
        if (access?.RoleOf(personId, membership?.OrganisationId) is not { } role)
        {
            throw NotFound();
        }
        if (!StatementPermissions.Allows(role, action))
        {
            throw new CoDraftException(ErrorCodes.AccessForbidden, $"A {role.ToString().ToLowerInvariant()} may not do this ({action}).");
        }
        return new StatementCaller(personId, membership!.OrganisationId, role, access);
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
        foreach (var statementId in await statementAccess.ListStatementsOfPersonAsync(personId, cancellationToken))
        {
            var access = await statementAccess.FindStatementAccessAsync(statementId, cancellationToken);
            if (access?.RoleOf(personId, membership.OrganisationId) is not null)
            {
                visible.Add(statementId);
            }
        }
        return visible;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the statement's stored access and saves it; when another change came
    /// first, reads again and redoes it, up to <see cref="MaxChangeAttempts"/> times. Every change of access goes
    /// through here, so here the <see cref="IAccessChangeListener"/>s are told of it, once it is stored.
    /// </summary>
    public async Task<StatementAccess> ChangeAsync(Guid statementId, Func<StatementAccess, StatementAccess> change, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < MaxChangeAttempts; attempt++)
        {
            var current = await statementAccess.FindStatementAccessAsync(statementId, cancellationToken) ?? throw NotFound();
            var changed = change(current);
            if (ReferenceEquals(changed, current))
            {
                return current;
            }
            if (await statementAccess.SaveStatementAccessAsync(changed, current.Revision, cancellationToken))
            {
                changes.Changed();
                var stored = changed with { Revision = current.Revision + 1 };
                foreach (var listener in listeners)
                {
                    await listener.AccessChangedAsync(current, stored, cancellationToken);
                }
                return stored;
            }
        }
        throw new CoDraftException(ErrorCodes.StoreContention, "Others kept changing who takes part in this statement; try again.");
    }

    private static CoDraftException NotFound() => new(ErrorCodes.StatementNotFound, "No such statement.");
}
