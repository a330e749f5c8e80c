using CoDraft.Core.Accounts;

namespace CoDraft.Server.Auth;

/// <summary>Who is acting on a statement, for which organisation, with which role, as checked by <see cref="StatementGuard"/>.</summary>
public sealed record StatementCaller(Guid PersonId, Guid OrganisationId, StatementRole Role, StatementAccess Access);
