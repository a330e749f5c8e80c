using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Server.Auth;

namespace CoDraft.Server.Partnerships;

/// <summary>
/// Changes to who belongs to an organisation, after the caller was checked as one of its administrators
/// (<see cref="Core.Accounts.OrganisationAdministration"/>). Joining is by invitation (<see cref="InvitationService"/>).
/// </summary>
public sealed class MembershipService(IAccountStore store, IStatementAccessStore statementAccess, AccessChanges changes, IEnumerable<IAccessChangeListener> listeners)
{
    /// <summary>Makes a member an administrator of the organisation, or no longer one.</summary>
    public async Task SetAdministratorAsync(Guid organisationId, Guid personId, bool isAdmin, CancellationToken ct)
    {
        if (!await store.SetOrganisationAdminAsync(organisationId, personId, isAdmin, ct))
        {
            throw NotMember();
        }
    }

    /// <summary>Ends a person's membership; their live connections stop acting for the organisation.</summary>
    public async Task RemoveAsync(Guid organisationId, Guid personId, CancellationToken ct)
    {
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
