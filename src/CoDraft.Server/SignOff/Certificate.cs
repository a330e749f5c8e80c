using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Server.SignOff;

/// <summary>
/// The certificate of completion: the published text's hash, each required organisation's approval of exactly it,
/// every round with its candidates and decisions, and the audit chain's verification.
/// </summary>
public sealed record Certificate(
    Guid StatementId, string Title, StatementState State, long Version, string Sha256, DateTimeOffset PublishedAt, string PublishedBy,
    DateTimeOffset? PublicFrom, IReadOnlyList<CertifiedApproval> Approvals, IReadOnlyList<RoundReport> Rounds,
    bool AuditIntact, int AuditEntries, string? AuditHeadHash);
