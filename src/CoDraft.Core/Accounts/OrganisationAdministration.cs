namespace CoDraft.Core.Accounts;

/// <summary>Who manages an organisation's members and invitations.</summary>
public static class OrganisationAdministration
{
    /// <summary>
    /// True for CoDraft's administrators and for the organisation's own administrators (a person with
    /// <paramref name="membership"/> of it as an administrator); an administrator of another organisation may not.
    /// </summary>
    public static bool MayManage(bool isAdministrator, Membership? membership, Guid organisationId) =>
        isAdministrator || (membership is { IsOrganisationAdmin: true } && membership.OrganisationId == organisationId);
}
