using CoDraft.Core.Storage;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Text;

namespace CoDraft.StoreCopy;

/// <summary>
/// What a person checks a statement by after a copy: its head version, how many ops its log holds, and the SHA-256
/// of its text at the head, rebuilt by replaying the whole log.
/// </summary>
public sealed record StatementDigest(Guid StatementId, string Title, long HeadVersion, int OpCount, string TextSha256)
{
    /// <summary>The digest of one statement of <paramref name="store"/>, or null when the store lacks it.</summary>
    public static async Task<StatementDigest?> ReadAsync(IDraftStore store, Guid statementId, CancellationToken cancellationToken)
    {
        var statement = await store.FindStatementAsync(statementId, cancellationToken);
        if (statement is null)
        {
            return null;
        }
        var ops = await store.ReadOpsAsync(statementId, 0, long.MaxValue, cancellationToken);
        var text = new LiveText(string.Empty);
        foreach (var op in ops)
        {
            text.Apply(op.Op);
        }
        return new StatementDigest(statementId, statement.Title, statement.Version, ops.Count, TextHash.Sha256(text.ToString()));
    }
}
