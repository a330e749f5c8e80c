using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Server.Editing;

using CoDraft.Server.Audit;

namespace CoDraft.Server.SignOff;

/// <summary>
/// Records each stored revision in the audit trail with a summary of the text changes since the revision before it
/// (how many ops, by whom, how many characters inserted and deleted): the audit log summarises text changes per
/// revision rather than holding every keystroke, which the op log already keeps.
/// </summary>
public sealed class RevisionAudit(IRevisionStore store, IOpLog opLog, AuditTrail audit) : IRevisionListener
{
    /// <inheritdoc />
    public async ValueTask OnRevisionAsync(Revision revision, CancellationToken cancellationToken)
    {
        var earlier = (await store.ListRevisionsAsync(revision.StatementId, cancellationToken))
            .Where(r => r.Id != revision.Id && r.Version <= revision.Version)
            .Select(r => r.Version)
            .DefaultIfEmpty(0)
            .Max();
        var ops = await opLog.ReadOpsAsync(revision.StatementId, earlier, revision.Version, cancellationToken);
        var inserted = ops.Sum(o => o.Op.Components.Where(c => c.Kind == OpComponentKind.Insert).Sum(c => (long)c.Count));
        var deleted = ops.Sum(o => o.Op.Components.Where(c => c.Kind == OpComponentKind.Delete).Sum(c => (long)c.Count));
        await audit.RecordAsync(revision.StatementId, revision.Author, AuditActions.RevisionRecorded, new
        {
            revisionId = revision.Id,
            kind = revision.Kind,
            label = revision.Label,
            version = revision.Version,
            sha256 = revision.Sha256,
            sinceVersion = earlier,
            ops = ops.Count,
            authors = ops.Select(o => o.Author).Distinct().Order(StringComparer.Ordinal).ToList(),
            insertedCharacters = inserted,
            deletedCharacters = deleted,
        }, cancellationToken);
    }
}
