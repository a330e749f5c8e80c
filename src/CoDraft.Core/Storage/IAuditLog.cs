using CoDraft.Core.Audit;

namespace CoDraft.Core.Storage;

/// <summary>
/// Each statement's hash-chained audit log (<see cref="AuditChain"/>). Entries are only ever appended; the sequence
/// number is unique per statement, so two writers can never both append entry n.
/// </summary>
public interface IAuditLog
{
    /// <summary>
    /// Appends the next entry of the statement's chain, atomically: it follows the last stored entry (or starts the
    /// chain) and links to its hash. Returns the stored entry.
    /// </summary>
    /// <exception cref="StoreException"><see cref="StoreException.UnknownStatement"/>.</exception>
    Task<AuditEntry> AppendAuditAsync(Guid statementId, DateTimeOffset at, string actor, string action, string details, CancellationToken cancellationToken = default);

    /// <summary>The statement's audit entries, oldest first, exactly as stored.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(Guid statementId, CancellationToken cancellationToken = default);
}
