using CoDraft.Core.Accounts;

namespace CoDraft.Protocol.Rest;

/// <summary>
/// Who takes part in a statement: the convening organisation, the partners that accepted, the organisations invited
/// (or that declined), each person's role, signatory proposals waiting for their organisation's administrators,
/// and the organisations taking part that nobody may approve for yet.
/// </summary>
public sealed record StatementAccessView(
    Guid StatementId,
    OrganisationView Convening,
    IReadOnlyList<OrganisationView> Partners,
    IReadOnlyList<InvitedPartnerView> InvitedPartners,
    IReadOnlyList<ParticipantView> People,
    IReadOnlyList<SignatoryProposalView> SignatoryProposals,
    IReadOnlyList<Guid> OrganisationsWithoutSignatory);

/// <summary>An organisation asked to take part that has not accepted.</summary>
public sealed record InvitedPartnerView(OrganisationView Organisation, PartnerStatus Status, string InvitedByName, DateTimeOffset InvitedAt, DateTimeOffset? AnsweredAt);

/// <summary>A person's role on a statement, for their organisation.</summary>
public sealed record ParticipantView(Guid PersonId, string Name, Guid OrganisationId, StatementRole Role);

/// <summary>A person proposed as their organisation's signatory, waiting for its administrators.</summary>
public sealed record SignatoryProposalView(Guid PersonId, string Name, Guid OrganisationId, string ProposedByName, DateTimeOffset ProposedAt);

/// <summary>Someone with an account, of an organisation taking part, who holds no role yet.</summary>
public sealed record PersonCandidateView(Guid PersonId, string Name, Guid OrganisationId, string OrganisationName);

/// <summary>Adds a partner organisation.</summary>
public sealed record AddPartnerRequest(Guid? OrganisationId);

/// <summary>Gives a person a role.</summary>
public sealed record SetRoleRequest(StatementRole? Role);

/// <summary>A person named by id and name.</summary>
public sealed record PersonRefView(Guid PersonId, string Name);

/// <summary>
/// A statement as an organisation's administrators see it: whether it convenes, takes part, is invited or declined,
/// who invited it, who approves for it, and whom the leads propose.
/// </summary>
public sealed record OrganisationStatementView(
    Guid StatementId,
    string Title,
    OrganisationView Convening,
    OrganisationStatementStatus Status,
    string? InvitedByName,
    DateTimeOffset? InvitedAt,
    IReadOnlyList<PersonRefView> Signatories,
    IReadOnlyList<SignatoryProposalView> SignatoryProposals);

/// <summary>Where an organisation stands on a statement.</summary>
public enum OrganisationStatementStatus
{
    /// <summary>It convenes the statement.</summary>
    Convening,
    /// <summary>A lead invited it; its administrators have not answered.</summary>
    Invited,
    /// <summary>It takes part.</summary>
    TakingPart,
    /// <summary>Its administrators declined (or took it out).</summary>
    Declined,
}
