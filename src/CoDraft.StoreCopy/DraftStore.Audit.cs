using CoDraft.Core.Audit;

namespace CoDraft.StoreCopy;

/// <summary>The calls of the audit trail.</summary>
public abstract partial class DraftStore
{
    /// <inheritdoc />
    public Task<AuditEntry> AppendAuditAsync(Guid statementId, DateTimeOffset at, string actor, string action, string details, CancellationToken cancellationToken = default) =>
        audit.AppendAuditAsync(statementId, at, actor, action, details, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        audit.ListAuditAsync(statementId, cancellationToken);
}
