using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Core.Storage;

/// <summary>
/// The checks a guarded store write makes on what it reads inside its own atomic step (transaction): whether the
/// statement's state, head version and current sign-off candidate still allow the write. Every adapter reads those
/// values its own way and asks these, so that the rule is written once; a false answer means the adapter writes
/// nothing and reports the refusal the port describes.
/// </summary>
public static class StatementGuards
{
    /// <summary>Whether <paramref name="change"/> still applies to a statement found in <paramref name="state"/> at <paramref name="head"/>.</summary>
    public static bool CanChangeState(StateChange change, StatementState state, long head)
    {
        ArgumentNullException.ThrowIfNull(change);
        return state == change.From && (change.HeadVersion is not { } expected || expected == head);
    }

    /// <summary>Whether a sign-off round may open: only while the statement is being drafted.</summary>
    public static bool CanOpenRound(StatementState state) => state == StatementState.Drafting;

    /// <summary>
    /// Whether <paramref name="candidate"/> may become the round's current candidate: the statement is InReview, the
    /// round is its current one (<paramref name="current"/> is that round's current candidate, null when the round is
    /// not the statement's newest) and the candidate differs from the current one in version or hash.
    /// </summary>
    public static bool CanAddCandidate(StatementState state, SignOffCandidate? current, SignOffCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return state == StatementState.InReview
            && current is not null
            && !(current.Version == candidate.Version && current.Sha256 == candidate.Sha256);
    }

    /// <summary>
    /// Whether <paramref name="decision"/> may be recorded: the statement is InReview or Approved, the round is its
    /// current one (<paramref name="current"/> as for <see cref="CanAddCandidate"/>) and the decision is about that
    /// round's current candidate.
    /// </summary>
    public static bool CanDecide(StatementState state, SignOffCandidate? current, SignOffDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return state is StatementState.InReview or StatementState.Approved
            && current is not null
            && current.Version == decision.CandidateVersion && current.Sha256 == decision.CandidateSha256;
    }

    /// <summary>
    /// Why <paramref name="publication"/> may not be published from <paramref name="state"/> at <paramref name="head"/>
    /// (the statement is not Approved, or its text moved past the version being published), or null when it may.
    /// </summary>
    public static PublishOutcome? PublishRefusal(Publication publication, StatementState state, long head)
    {
        ArgumentNullException.ThrowIfNull(publication);
        if (state != StatementState.Approved)
        {
            return new PublishOutcome(PublishStatus.NotApproved, state, head);
        }
        return head != publication.Version ? new PublishOutcome(PublishStatus.HeadMoved, state, head) : null;
    }

    /// <summary>Whether <paramref name="correction"/> is the next one of a published statement whose last correction is <paramref name="lastNumber"/> (0 for none).</summary>
    public static bool IsNextCorrection(Correction correction, long lastNumber)
    {
        ArgumentNullException.ThrowIfNull(correction);
        return correction.Number == lastNumber + 1;
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="request"/> is new, i.e. pending.</summary>
    public static void ValidateNewSignOn(SignOnRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Status != SignOnStatus.Pending)
        {
            throw new ArgumentException("A new sign-on request is pending.", nameof(request));
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="decision"/> decides a request (Approved or Rejected).</summary>
    public static void ValidateSignOnDecision(SignOnStatus decision)
    {
        if (decision == SignOnStatus.Pending)
        {
            throw new ArgumentException("A request is moderated to Approved or Rejected.", nameof(decision));
        }
    }
}
