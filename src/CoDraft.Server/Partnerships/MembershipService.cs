using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Server.Auth;

namespace CoDraft.Server.Partnerships;

/// <summary>
/// Changes to who belongs to an organisation, after the caller was checked as one of its administrators
/// (<see cref="Core.Accounts.OrganisationAdministration"/>). Joining is by invitation (<see cref="InvitationService"/>).
/// </summary>
public sealed class MembershipService(
    IAccountStore store, IStatementAccessStore statementAccess, OrganisationService organisations, AccessChanges changes, IEnumerable<IAccessChangeListener> listeners)
{
    /// <summary>The organisation's members with their people, for its own members and CoDraft's administrators.</summary>
    public async Task<IReadOnlyList<Member>> ListAsync(ICurrentPerson me, Guid organisationId, CancellationToken ct)
    {
        _ = await store.FindOrganisationAsync(organisationId, ct) ?? throw new CoDraftException(ErrorCodes.OrganisationNotFound, "No such organisation.");
        if (!me.IsAdministrator && me.OrganisationId != organisationId)
        {
            throw new CoDraftException(ErrorCodes.AccessForbidden, "Only the organisation's members and administrators see its members.");
        }
        var members = new List<Member>();
        foreach (var membership in await store.ListMembersAsync(organisationId, ct))
        {
            if (await store.FindPersonAsync(membership.PersonId, ct) is { } person)
            {
                members.Add(new Member(person, membership));
            }
        }
        return members;
    }

    /// <summary>Makes a member an administrator of the organisation, or no longer one (its administrators, or CoDraft's).</summary>
    public async Task SetAdministratorAsync(ICurrentPerson me, Guid organisationId, Guid personId, bool isAdmin, CancellationToken ct)
    {
        await organisations.RequireManagerAsync(me, organisationId, ct);
        if (!await store.SetOrganisationAdminAsync(organisationId, personId, isAdmin, ct))
        {
            throw NotMember();
        }
    }

    /// <summary>
    /// Ends a person's membership (its administrators, or CoDraft's, do); their live connections stop acting for the
    /// organisation.
    /// </summary>
    public async Task RemoveAsync(ICurrentPerson me, Guid organisationId, Guid personId, CancellationToken ct)
    {
        await organisations.RequireManagerAsync(me, organisationId, ct);
        var statements = await statementAccess.ListStatementsOfPersonAsync(personId, ct);
        if (!await store.RemoveMembershipAsync(organisationId, personId, ct))
        {
            throw NotMember();
        }
        // Live connections of the person must stop acting for the organisation at their next call, and their open
        // editors are told at once.
        changes.Changed();
        foreach (var listener in listeners)
        {
            await listener.MembershipEndedAsync(personId, statements, ct);
        }
    }

    private static CoDraftException NotMember() => new(ErrorCodes.PersonNotFound, "That person is not a member of this organisation.");
}
