using CoDraft.Core.Text;

namespace CoDraft.Core.Storage;

/// <summary>Reconstructs a statement's text at any version: the nearest snapshot at or before it, plus the ops after.</summary>
public static class VersionText
{
    /// <summary>The text of <paramref name="statementId"/> at <paramref name="version"/>, which must exist.</summary>
    public static async Task<string> ReadAsync(
        ISnapshotStore snapshots, IOpLog opLog, Guid statementId, long version, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.FindSnapshotAsync(statementId, version, cancellationToken);
        var ops = await opLog.ReadOpsAsync(statementId, snapshot?.Version ?? 0, version, cancellationToken);
        var text = new LiveText(snapshot?.Text ?? string.Empty);
        foreach (var op in ops)
        {
            text.Apply(op.Op);
        }
        return text.ToString();
    }
}
