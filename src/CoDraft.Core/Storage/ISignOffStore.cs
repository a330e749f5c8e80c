using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Core.Storage;

/// <summary>
/// Sign-off rounds. A statement's rounds are numbered in the order they were opened; the last one is its
/// <em>current</em> round while the statement is InReview or Approved (and the one that led to publication once it
/// is Published). Every write checks, in the same atomic step, the state it depends on.
/// </summary>
public interface ISignOffStore
{
    /// <summary>
    /// Stores <paramref name="round"/> (with exactly one candidate) as the statement's newest round and moves the
    /// statement from Drafting to InReview, atomically; false, writing nothing, when it is not in Drafting.
    /// </summary>
    /// <exception cref="ArgumentException">The round does not have exactly one candidate, or no required organisation.</exception>
    /// <exception cref="StoreException"><see cref="StoreException.UnknownStatement"/>.</exception>
    Task<bool> OpenRoundAsync(SignOffRound round, string openedBy, DateTimeOffset openedAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds <paramref name="candidate"/> as the current candidate of round <paramref name="roundId"/>; false, writing
    /// nothing, unless that round is the statement's current round, the statement is InReview, and the candidate differs
    /// (in version or hash) from the current one.
    /// </summary>
    /// <exception cref="StoreException"><see cref="StoreException.UnknownStatement"/>.</exception>
    Task<bool> AddCandidateAsync(Guid statementId, Guid roundId, SignOffCandidate candidate, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records <paramref name="decision"/> in round <paramref name="roundId"/>; false, writing nothing, unless that
    /// round is the statement's current round, the statement is InReview or Approved, and the decision is about the
    /// round's current candidate (its version and hash).
    /// </summary>
    /// <exception cref="StoreException"><see cref="StoreException.UnknownStatement"/>.</exception>
    Task<bool> AddDecisionAsync(Guid statementId, Guid roundId, SignOffDecision decision, CancellationToken cancellationToken = default);

    /// <summary>The statement's rounds, oldest first, each with its decisions oldest first.</summary>
    Task<IReadOnlyList<SignOffRoundRecord>> ListRoundsAsync(Guid statementId, CancellationToken cancellationToken = default);
}
