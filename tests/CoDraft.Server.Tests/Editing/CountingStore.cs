using CoDraft.Core.Storage;

namespace CoDraft.Server.Tests.Editing;

/// <summary>The real store, counting how many appends (durable writes) reach it.</summary>
internal sealed class CountingStore(IDraftStore inner) : IDraftStore
{
    private int appends;

    public int Appends => appends;

    public Task<AppendOutcome> AppendAsync(IReadOnlyList<CommittedOp> ops, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref appends);
        return inner.AppendAsync(ops, cancellationToken);
    }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);
    public Task CreateStatementAsync(StatementRecord statement, CancellationToken cancellationToken = default) => inner.CreateStatementAsync(statement, cancellationToken);
    public Task<StatementRecord?> FindStatementAsync(Guid id, CancellationToken cancellationToken = default) => inner.FindStatementAsync(id, cancellationToken);
    public Task<IReadOnlyList<StatementRecord>> ListStatementsAsync(CancellationToken cancellationToken = default) => inner.ListStatementsAsync(cancellationToken);
    public Task<IReadOnlyList<CommittedOp>> ReadOpsAsync(Guid statementId, long afterVersion, long upToVersion, CancellationToken cancellationToken = default) => inner.ReadOpsAsync(statementId, afterVersion, upToVersion, cancellationToken);
    public Task<CommittedOp?> FindSubmissionAsync(Guid statementId, string clientId, long seq, CancellationToken cancellationToken = default) => inner.FindSubmissionAsync(statementId, clientId, seq, cancellationToken);
    public Task SaveSnapshotAsync(TextSnapshot snapshot, CancellationToken cancellationToken = default) => inner.SaveSnapshotAsync(snapshot, cancellationToken);
    public Task<TextSnapshot?> FindSnapshotAsync(Guid statementId, long version, CancellationToken cancellationToken = default) => inner.FindSnapshotAsync(statementId, version, cancellationToken);
    public Task AddRevisionAsync(Revision revision, CancellationToken cancellationToken = default) => inner.AddRevisionAsync(revision, cancellationToken);
    public Task<IReadOnlyList<Revision>> ListRevisionsAsync(Guid statementId, CancellationToken cancellationToken = default) => inner.ListRevisionsAsync(statementId, cancellationToken);
}
