using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;
using CoDraft.Server.Editing;

namespace CoDraft.Server.SignOff;

/// <summary>
/// Sends an approved statement back to review when its text changes: the approvals were of the old text, so they
/// stop counting at once (the lead re-issues the changed text as a new candidate). Told of every committed op; in
/// any state but Approved it only reads the state.
/// </summary>
public sealed class ApprovalReopener(ILifecycleStore store, StateChangeRecorder states, TimeProvider clock, ILogger<ApprovalReopener> logger) : IEditListener
{
    /// <inheritdoc />
    public async ValueTask OnCommittedAsync(CommittedOp op)
    {
        try
        {
            if ((await store.FindLifecycleAsync(op.StatementId)).State != StatementState.Approved)
            {
                return;
            }
            var now = clock.GetUtcNow();
            if (await store.ChangeStateAsync(new StateChange(op.StatementId, StatementState.Approved, StatementState.InReview, op.Author, now)))
            {
                await states.RecordAsync(op.StatementId, op.Author, StatementState.Approved, StatementState.InReview,
                    $"The text changed after approval (version {op.Version}); the approvals were of the text before.", now, CancellationToken.None);
            }
        }
        catch (Exception e)
        {
            // The publish guard still holds without this move: it checks the approvals against the exact text published.
            SignOffLog.ReopenFailed(logger, op.StatementId, op.Version, e);
        }
    }
}
