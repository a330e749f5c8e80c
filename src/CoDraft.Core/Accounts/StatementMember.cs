namespace CoDraft.Core.Accounts;

/// <summary>
/// A person's role on a statement, held for the organisation they belonged to when it was given: if they leave
/// that organisation, or it leaves the statement, the role no longer counts.
/// </summary>
public sealed record StatementMember(Guid PersonId, Guid OrganisationId, StatementRole Role);
