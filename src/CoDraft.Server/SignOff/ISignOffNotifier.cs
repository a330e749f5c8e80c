using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Server.SignOff;

/// <summary>
/// Tells a statement's live participants of lifecycle and sign-off changes, already stored when it is called. The hub
/// implements it (Hubs/SignOffBroadcaster), so that sign-off does not depend on how the news travels.
/// </summary>
public interface ISignOffNotifier
{
    /// <summary>The statement moved from <paramref name="from"/> to <paramref name="to"/>; <paramref name="reason"/> says why, for people.</summary>
    Task LifecycleChangedAsync(Guid statementId, StatementState from, StatementState to, string by, DateTimeOffset at, string reason);

    /// <summary>A round was opened (<paramref name="change"/> "opened") or <paramref name="candidate"/> issued in it ("candidate_issued").</summary>
    Task RoundChangedAsync(Guid statementId, SignOffRound round, string change, SignOffCandidate candidate);

    /// <summary>A signatory decided; <paramref name="allApproved"/> once every required organisation approved the current text.</summary>
    Task DecisionMadeAsync(Guid statementId, Guid roundId, SignOffDecision decision, bool allApproved);
}
