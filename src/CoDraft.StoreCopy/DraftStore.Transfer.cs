using CoDraft.Core.Accounts;
using CoDraft.Core.Audit;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Review;
using CoDraft.Core.Storage;

namespace CoDraft.StoreCopy;

/// <summary>The calls of the store copy's own export and import.</summary>
public abstract partial class DraftStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Person>> ListPeopleAsync(CancellationToken cancellationToken = default) =>
        export.ListPeopleAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Invitation>> ListInvitationsAsync(CancellationToken cancellationToken = default) =>
        export.ListInvitationsAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<TextSnapshot>> ListSnapshotsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        export.ListSnapshotsAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> ImportStatementAccessAsync(StatementAccess access, CancellationToken cancellationToken = default) =>
        import.ImportStatementAccessAsync(access, cancellationToken);

    /// <inheritdoc />
    public Task<bool> ImportLifecycleAsync(StatementLifecycle lifecycle, CancellationToken cancellationToken = default) =>
        import.ImportLifecycleAsync(lifecycle, cancellationToken);

    /// <inheritdoc />
    public Task<bool> ImportPublicationAsync(Publication publication, CancellationToken cancellationToken = default) =>
        import.ImportPublicationAsync(publication, cancellationToken);

    /// <inheritdoc />
    public Task<bool> ImportRoundAsync(SignOffRoundRecord record, CancellationToken cancellationToken = default) =>
        import.ImportRoundAsync(record, cancellationToken);
}
