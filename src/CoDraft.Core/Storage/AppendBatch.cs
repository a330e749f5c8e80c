namespace CoDraft.Core.Storage;

/// <summary>
/// The shape every batch given to <see cref="IOpLog.AppendAsync"/> must have, checked by every adapter before its
/// database is touched (the conformance suite pins these rules).
/// </summary>
public static class AppendBatch
{
    /// <summary>Throws <see cref="ArgumentException"/> unless the batch is non-empty, of one statement, with
    /// consecutive versions from 1 or later, and no submission twice.</summary>
    public static void Validate(IReadOnlyList<CommittedOp> ops)
    {
        ArgumentNullException.ThrowIfNull(ops);
        if (ops.Count == 0)
        {
            throw new ArgumentException("A batch must hold at least one op.", nameof(ops));
        }
        var submissions = new HashSet<(string, long)>();
        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i] ?? throw new ArgumentException($"Op {i} of the batch is null.", nameof(ops));
            if (op.StatementId != ops[0].StatementId)
            {
                throw new ArgumentException("All ops of a batch must belong to one statement.", nameof(ops));
            }
            if (op.Version != ops[0].Version + i || op.Version < 1)
            {
                throw new ArgumentException("The versions of a batch must be consecutive and start at 1 or later.", nameof(ops));
            }
            if (!submissions.Add((op.ClientId, op.Seq)))
            {
                throw new ArgumentException($"The batch holds submission ({op.ClientId}, {op.Seq}) twice.", nameof(ops));
            }
        }
    }
}
