using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Server.Auth;

namespace CoDraft.Server.SignOff;

public sealed partial class SignOffService
{
    /// <summary>
    /// Publishes the current text, public at once or from <paramref name="publicFrom"/>. The guard runs twice: here,
    /// while no edit of this process can commit, every required organisation's latest decision must approve exactly
    /// the hash of the text being published; then the store publishes only if the statement is still Approved and
    /// still at that version, in one atomic step. Either refusal writes nothing. The public address is fixed at
    /// publication (docs/publication.md), so the lead can announce it before an embargo ends.
    /// </summary>
    public async Task<Publication> PublishAsync(StatementCaller caller, Guid statementId, DateTimeOffset? publicFrom, CancellationToken ct)
    {
        var by = Actor(caller);
        var now = clock.GetUtcNow();
        var publication = await editor.WithHeadLockedAsync(statementId, async (text, version) =>
        {
            var state = (await store.FindLifecycleAsync(statementId, ct)).State;
            if (state != StatementState.Approved)
            {
                throw new LifecycleException(ErrorCodes.NotApproved, state,
                    $"Only an approved statement can be published; this one is in {state}.");
            }
            var current = (await signOffs.ListRoundsAsync(statementId, ct))[^1];
            var sha256 = TextHash.Sha256(text);
            if (!current.Round.AllApproved(current.Decisions, sha256))
            {
                var missing = current.Round.Tally(current.Decisions).Where(o => !o.Approved || o.Current?.CandidateSha256 != sha256).Select(o => o.OrganisationId);
                throw new LifecycleException(ErrorCodes.NotApproved, state,
                    $"Not every required organisation approved exactly this text (SHA-256 {sha256}); missing: {string.Join(", ", missing)}.");
            }
            var candidate = new Publication(statementId, version, sha256, text, now, by, publicFrom);
            var outcome = await publications.PublishAsync(candidate, ct);
            return outcome.Status switch
            {
                PublishStatus.Published => candidate,
                PublishStatus.HeadMoved => throw new LifecycleException(ErrorCodes.TextChangedWhilePublishing, outcome.State,
                    $"The text changed (now version {outcome.HeadVersion}) while publishing version {version}; nothing was published."),
                _ => throw new LifecycleException(ErrorCodes.NotApproved, outcome.State,
                    $"The statement left the approved state (now {outcome.State}) while publishing; nothing was published."),
            };
        }, ct);
        await audit.RecordAsync(statementId, by, AuditActions.Published, new
        {
            version = publication.Version, sha256 = publication.Sha256, publicFrom,
        }, ct);
        publicContent.Changed(statementId);
        await RecordStateAsync(statementId, by, StatementState.Approved, StatementState.Published, "The approved text was published.", now, ct);
        await publicationService.SlugAsync(statementId, ct);
        return publication;
    }
}
