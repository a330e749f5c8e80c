using CoDraft.Core.SignOff;
using CoDraft.Core.Storage;

namespace CoDraft.StoreCopy;

/// <summary>The calls of a statement's lifecycle and its sign-off rounds.</summary>
public abstract partial class DraftStore
{
    /// <inheritdoc />
    public Task<StatementLifecycle> FindLifecycleAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        lifecycle.FindLifecycleAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> ChangeStateAsync(StateChange change, CancellationToken cancellationToken = default) =>
        lifecycle.ChangeStateAsync(change, cancellationToken);

    /// <inheritdoc />
    public Task<bool> OpenRoundAsync(SignOffRound round, string openedBy, DateTimeOffset openedAt, CancellationToken cancellationToken = default) =>
        signOff.OpenRoundAsync(round, openedBy, openedAt, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddCandidateAsync(Guid statementId, Guid roundId, SignOffCandidate candidate, CancellationToken cancellationToken = default) =>
        signOff.AddCandidateAsync(statementId, roundId, candidate, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddDecisionAsync(Guid statementId, Guid roundId, SignOffDecision decision, CancellationToken cancellationToken = default) =>
        signOff.AddDecisionAsync(statementId, roundId, decision, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SignOffRoundRecord>> ListRoundsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        signOff.ListRoundsAsync(statementId, cancellationToken);
}
