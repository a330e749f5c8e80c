using CoDraft.Core.Accounts;
using CoDraft.Core.Audit;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Review;
using CoDraft.Core.Storage;

namespace CoDraft.StoreCopy;

/// <summary>
/// The ports of one store behind one object (<see cref="IDraftStore"/>), each call handed to the port that owns it.
/// An adapter derives from it to offer its whole store to store copy and to the conformance suite; the server
/// registers the ports themselves instead.
/// </summary>
public abstract partial class DraftStore(
    IStoreSchema schema,
    IStatementStore statements,
    IOpLog opLog,
    ISnapshotStore snapshots,
    IRevisionStore revisions,
    IAccountStore accounts,
    IStatementAccessStore statementAccess,
    ILifecycleStore lifecycle,
    ISignOffStore signOff,
    IAuditLog audit,
    IPublicationStore publications,
    IReviewStore review,
    IPublicSlugStore publicSlugs,
    ISignOnStore signOns,
    ICorrectionStore corrections,
    IStoreExport export,
    IStoreImport import)
    : IDraftStore, IStoreExport, IStoreImport
{
    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        schema.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public Task PingAsync(CancellationToken cancellationToken = default) =>
        schema.PingAsync(cancellationToken);

    /// <inheritdoc />
    public Task CreateStatementAsync(StatementRecord statement, CancellationToken cancellationToken = default) =>
        statements.CreateStatementAsync(statement, cancellationToken);

    /// <inheritdoc />
    public Task<StatementRecord?> FindStatementAsync(Guid id, CancellationToken cancellationToken = default) =>
        statements.FindStatementAsync(id, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StatementRecord>> ListStatementsAsync(CancellationToken cancellationToken = default) =>
        statements.ListStatementsAsync(cancellationToken);

    /// <inheritdoc />
    public Task<AppendOutcome> AppendAsync(IReadOnlyList<CommittedOp> ops, CancellationToken cancellationToken = default) =>
        opLog.AppendAsync(ops, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CommittedOp>> ReadOpsAsync(Guid statementId, long afterVersion, long upToVersion, CancellationToken cancellationToken = default) =>
        opLog.ReadOpsAsync(statementId, afterVersion, upToVersion, cancellationToken);

    /// <inheritdoc />
    public Task<CommittedOp?> FindSubmissionAsync(Guid statementId, string clientId, long seq, CancellationToken cancellationToken = default) =>
        opLog.FindSubmissionAsync(statementId, clientId, seq, cancellationToken);

    /// <inheritdoc />
    public Task SaveSnapshotAsync(TextSnapshot snapshot, CancellationToken cancellationToken = default) =>
        snapshots.SaveSnapshotAsync(snapshot, cancellationToken);

    /// <inheritdoc />
    public Task<TextSnapshot?> FindSnapshotAsync(Guid statementId, long version, CancellationToken cancellationToken = default) =>
        snapshots.FindSnapshotAsync(statementId, version, cancellationToken);

    /// <inheritdoc />
    public Task AddRevisionAsync(Revision revision, CancellationToken cancellationToken = default) =>
        revisions.AddRevisionAsync(revision, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Revision>> ListRevisionsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        revisions.ListRevisionsAsync(statementId, cancellationToken);
}
