using CoDraft.Core.Accounts;
using CoDraft.Core.Audit;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Review;
using CoDraft.Core.Storage;

namespace CoDraft.StoreCopy;

/// <summary>The calls of lifecycle, sign-off, audit, publications and review.</summary>
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

    /// <inheritdoc />
    public Task<AuditEntry> AppendAuditAsync(Guid statementId, DateTimeOffset at, string actor, string action, string details, CancellationToken cancellationToken = default) =>
        audit.AppendAuditAsync(statementId, at, actor, action, details, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        audit.ListAuditAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<PublishOutcome> PublishAsync(Publication publication, CancellationToken cancellationToken = default) =>
        publications.PublishAsync(publication, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetPublicFromAsync(Guid statementId, DateTimeOffset publicFrom, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        publications.SetPublicFromAsync(statementId, publicFrom, now, cancellationToken);

    /// <inheritdoc />
    public Task<Publication?> FindPublicationAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        publications.FindPublicationAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Publication>> ListPublicationsAsync(CancellationToken cancellationToken = default) =>
        publications.ListPublicationsAsync(cancellationToken);

    /// <inheritdoc />
    public Task AddThreadAsync(CommentThread thread, CancellationToken cancellationToken = default) =>
        review.AddThreadAsync(thread, cancellationToken);

    /// <inheritdoc />
    public Task<CommentThread?> FindThreadAsync(Guid statementId, Guid threadId, CancellationToken cancellationToken = default) =>
        review.FindThreadAsync(statementId, threadId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CommentThread>> ListThreadsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        review.ListThreadsAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddReplyAsync(Guid statementId, Guid threadId, CommentReply reply, CancellationToken cancellationToken = default) =>
        review.AddReplyAsync(statementId, threadId, reply, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetThreadStatusAsync(Guid statementId, Guid threadId, ThreadStatus status, Guid by, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        review.SetThreadStatusAsync(statementId, threadId, status, by, at, cancellationToken);

    /// <inheritdoc />
    public Task AddSuggestionAsync(Suggestion suggestion, CancellationToken cancellationToken = default) =>
        review.AddSuggestionAsync(suggestion, cancellationToken);

    /// <inheritdoc />
    public Task<Suggestion?> FindSuggestionAsync(Guid statementId, Guid suggestionId, CancellationToken cancellationToken = default) =>
        review.FindSuggestionAsync(statementId, suggestionId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Suggestion>> ListSuggestionsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        review.ListSuggestionsAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Guid>> DecideSuggestionsAsync(Guid statementId, IReadOnlyList<SuggestionDecision> decisions, CancellationToken cancellationToken = default) =>
        review.DecideSuggestionsAsync(statementId, decisions, cancellationToken);

    /// <inheritdoc />
    public Task SaveAnchorsAsync(Guid statementId, long version, IReadOnlyList<AnchorMove> moves, CancellationToken cancellationToken = default) =>
        review.SaveAnchorsAsync(statementId, version, moves, cancellationToken);
}
