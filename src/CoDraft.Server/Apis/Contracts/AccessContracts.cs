using CoDraft.Core.Accounts;

namespace CoDraft.Server.Apis.Contracts;

/// <summary>Who takes part in a statement.</summary>
public sealed record StatementAccessView(
    Guid StatementId, OrganisationView Convening, IReadOnlyList<OrganisationView> Partners, IReadOnlyList<ParticipantView> People);

/// <summary>A person's role on a statement, for their organisation.</summary>
public sealed record ParticipantView(Guid PersonId, string Name, Guid OrganisationId, StatementRole Role);

/// <summary>Adds a partner organisation.</summary>
public sealed record AddPartnerRequest(Guid? OrganisationId);

/// <summary>Gives a person a role.</summary>
public sealed record SetRoleRequest(StatementRole? Role);
