using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Protocol.Hub;

/// <summary>An organisation's signatory decided about the current candidate; <paramref name="AllApproved"/> once every required organisation approved it.</summary>
public sealed record DecisionMessage(
    Guid StatementId, Guid RoundId, Guid OrganisationId, string PersonId, SignOffDecisionKind Kind,
    long CandidateVersion, string CandidateSha256, string? Comment, DateTimeOffset At, bool AllApproved);
