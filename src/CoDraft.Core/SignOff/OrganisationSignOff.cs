namespace CoDraft.Core.SignOff;

/// <summary>Where one required organisation stands on the current candidate.</summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Current">Its latest decision about the current candidate's exact text, if any.</param>
/// <param name="LastApprovedVersion">The version of the last text it approved, current or stale: the start of the
/// "changes since you approved" redline.</param>
/// <param name="HasStaleDecisions">True when it decided on an earlier candidate whose text has since changed.</param>
public sealed record OrganisationSignOff(
    Guid OrganisationId,
    SignOffDecision? Current,
    long? LastApprovedVersion,
    bool HasStaleDecisions)
{
    /// <summary>True when its latest decision on the current text is an approval.</summary>
    public bool Approved => Current?.Kind == SignOffDecisionKind.Approve;
}
