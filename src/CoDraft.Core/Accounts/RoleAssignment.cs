namespace CoDraft.Core.Accounts;

/// <summary>
/// The outcome of giving a role (<see cref="StatementAccess.AssignRole"/>): the new access, and whether the role was
/// only proposed because the one giving it does not administer the person's organisation.
/// </summary>
public sealed record RoleAssignment(StatementAccess Access, bool Proposed);
