using static CoDraft.Core.Accounts.StatementRole;

namespace CoDraft.Core.Accounts;

/// <summary>
/// Which role may do what on a statement: the one table every REST route and hub method consults.
/// <code>
/// action            Viewer Commenter Signatory Editor Lead
/// Read                ✓       ✓         ✓        ✓     ✓
/// Comment, Suggest            ✓         ✓        ✓     ✓
/// Edit, NameRevision                             ✓     ✓
/// Approve                               ✓              ✓   (for their own organisation only)
/// AcceptSuggestion, OpenRound, ManagePartners, ManagePeople, Publish            ✓
/// </code>
/// </summary>
public static class StatementPermissions
{
    private static readonly IReadOnlyDictionary<StatementAction, StatementRole[]> Allowed = new Dictionary<StatementAction, StatementRole[]>
    {
        [StatementAction.Read] = [Viewer, Commenter, Signatory, Editor, Lead],
        [StatementAction.Comment] = [Commenter, Signatory, Editor, Lead],
        [StatementAction.Suggest] = [Commenter, Signatory, Editor, Lead],
        [StatementAction.Edit] = [Editor, Lead],
        [StatementAction.NameRevision] = [Editor, Lead],
        [StatementAction.Approve] = [Signatory, Lead],
        [StatementAction.AcceptSuggestion] = [Lead],
        [StatementAction.OpenRound] = [Lead],
        [StatementAction.ManagePartners] = [Lead],
        [StatementAction.ManagePeople] = [Lead],
        [StatementAction.Publish] = [Lead],
    };

    /// <summary>True when <paramref name="role"/> may do <paramref name="action"/>.</summary>
    public static bool Allows(StatementRole role, StatementAction action) =>
        Allowed.TryGetValue(action, out var roles) && roles.Contains(role);

    /// <summary>The roles that may do <paramref name="action"/>, weakest first.</summary>
    public static IReadOnlyList<StatementRole> RolesAllowedTo(StatementAction action) =>
        Allowed.TryGetValue(action, out var roles) ? roles : [];

    /// <summary>
    /// True when a person of <paramref name="personOrganisationId"/> with <paramref name="role"/> may approve on
    /// behalf of <paramref name="approvingOrganisationId"/>: a signatory speaks for their own organisation only.
    /// </summary>
    public static bool MayApproveFor(StatementRole role, Guid personOrganisationId, Guid approvingOrganisationId) =>
        Allows(role, StatementAction.Approve) && personOrganisationId == approvingOrganisationId;
}
