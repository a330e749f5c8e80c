using CoDraft.Core.Drafting;

namespace CoDraft.Server.Hubs;

/// <summary>The statement moved from <paramref name="Previous"/> to <paramref name="State"/>; <paramref name="Reason"/> says why, for people.</summary>
public sealed record LifecycleMessage(Guid StatementId, StatementState State, StatementState Previous, string ChangedBy, DateTimeOffset At, string Reason);

/// <summary>
/// A sign-off round was opened (<paramref name="Change"/> "opened") or a new candidate issued in it ("candidate_issued"):
/// signatories are now asked about the text of <paramref name="CandidateVersion"/>, whose SHA-256 is <paramref name="CandidateSha256"/>.
/// </summary>
public sealed record RoundMessage(
    Guid StatementId, Guid RoundId, string Change, long CandidateVersion, string CandidateSha256,
    IReadOnlyList<Guid> RequiredOrganisations, DateTimeOffset? Deadline);

/// <summary>An organisation's signatory decided about the current candidate; <paramref name="AllApproved"/> once every required organisation approved it.</summary>
public sealed record DecisionMessage(
    Guid StatementId, Guid RoundId, Guid OrganisationId, string PersonId, SignOffDecisionKind Kind,
    long CandidateVersion, string CandidateSha256, string? Comment, DateTimeOffset At, bool AllApproved);
