using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Server.Audit;

namespace CoDraft.Server.SignOff;

/// <summary>Records a stored lifecycle change in the audit trail and tells the statement's live participants.</summary>
public sealed class StateChangeRecorder(AuditTrail audit, ISignOffNotifier notifier)
{
    /// <summary>The statement moved from <paramref name="from"/> to <paramref name="to"/> (already stored), for <paramref name="reason"/>.</summary>
    public async Task RecordAsync(Guid statementId, string by, StatementState from, StatementState to, string reason, DateTimeOffset at, CancellationToken ct)
    {
        await audit.RecordAsync(statementId, by, AuditActions.StateChanged, new { from, to, reason }, ct);
        await notifier.LifecycleChangedAsync(statementId, from, to, by, at, reason);
    }
}
