namespace CoDraft.Core.SignOff;

/// <summary>
/// A signatory's decision for their organisation, bound to the exact text they saw: the candidate's version and the
/// SHA-256 of its text. A decision about a hash that is no longer the candidate's is stale: kept, never counted.
/// </summary>
public sealed record SignOffDecision(
    Guid OrganisationId,
    string PersonId,
    SignOffDecisionKind Kind,
    long CandidateVersion,
    string CandidateSha256,
    string? Comment,
    DateTimeOffset At);
