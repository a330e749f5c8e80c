using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Server.SignOff;

/// <summary>A sign-off round with its candidates (the last is current), each organisation's standing and every decision, with names.</summary>
public sealed record RoundReport(
    Guid Id, int Number, RoundPhase Status, DateTimeOffset OpenedAt, string OpenedBy, DateTimeOffset? Deadline, bool Overdue,
    SignOffCandidate Current, IReadOnlyList<SignOffCandidate> Candidates, IReadOnlyList<OrganisationStanding> Organisations,
    IReadOnlyList<NamedDecision> Decisions, bool AllApproved);
