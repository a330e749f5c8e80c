namespace CoDraft.Core.Accounts;

/// <summary>Who manages an organisation's members and invitations, and who speaks in its name.</summary>
public static class OrganisationAdministration
{
    /// <summary>
    /// True for CoDraft's administrators and for the organisation's own administrators (a person with
    /// <paramref name="membership"/> of it as an administrator); an administrator of another organisation may not.
    /// </summary>
    public static bool MayManage(bool isAdministrator, Membership? membership, Guid organisationId) =>
        isAdministrator || (membership is { IsOrganisationAdmin: true } && membership.OrganisationId == organisationId);

    /// <summary>
    /// True when a person with <paramref name="membership"/> may convene a statement in their organisation's name:
    /// convening speaks for the organisation, so only its own administrators do it. CoDraft's administrators do not
    /// convene for an organisation they do not administer.
    /// </summary>
    public static bool MayConvene(Membership? membership) => membership is { IsOrganisationAdmin: true };
}
