namespace CoDraft.Core.Storage;

/// <summary>
/// The op log of each statement. The store is the arbiter between writers: versions are unique per statement
/// and (statementId, clientId, seq) is unique, so a second writer of the same version, or a resend, fails
/// without writing anything.
/// </summary>
public interface IOpLog
{
    /// <summary>
    /// Appends ops of one statement with consecutive versions, the first being the head version + 1, all or
    /// nothing. Returns once they are durable.
    /// </summary>
    Task<AppendOutcome> AppendAsync(IReadOnlyList<CommittedOp> ops, CancellationToken cancellationToken = default);

    /// <summary>The ops with <paramref name="afterVersion"/> &lt; version ≤ <paramref name="upToVersion"/>, in order.</summary>
    Task<IReadOnlyList<CommittedOp>> ReadOpsAsync(Guid statementId, long afterVersion, long upToVersion, CancellationToken cancellationToken = default);

    /// <summary>The op committed for this submission, or null.</summary>
    Task<CommittedOp?> FindSubmissionAsync(Guid statementId, string clientId, long seq, CancellationToken cancellationToken = default);
}
