using CoDraft.Core.Accounts;

namespace CoDraft.Core.Storage;

/// <summary>
/// Who takes part in each statement (<see cref="StatementAccess"/>), stored as one value per statement and
/// changed by optimistic concurrency: a change states the revision it was made on, so that two leads changing
/// the same statement at once cannot silently undo each other.
/// </summary>
public interface IStatementAccessStore
{
    /// <summary>
    /// Stores <paramref name="access"/> if the stored revision is still <paramref name="expectedRevision"/> (0 when
    /// none is stored yet), as revision <paramref name="expectedRevision"/> + 1. False, writing nothing, when another
    /// change came first: read again and redo the change.
    /// </summary>
    /// <exception cref="StoreException"><see cref="StoreException.UnknownStatement"/>.</exception>
    Task<bool> SaveStatementAccessAsync(StatementAccess access, long expectedRevision, CancellationToken cancellationToken = default);

    /// <summary>The statement's access with its stored <see cref="StatementAccess.Revision"/>, or null.</summary>
    Task<StatementAccess?> FindStatementAccessAsync(Guid statementId, CancellationToken cancellationToken = default);

    /// <summary>The statements on which the person holds a role (whether or not it still counts).</summary>
    Task<IReadOnlyList<Guid>> ListStatementsOfPersonAsync(Guid personId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The statements <paramref name="organisationId"/> convenes, takes part in, or was invited to (declined ones
    /// included), so that its administrators can answer and see what their organisation is part of.
    /// </summary>
    Task<IReadOnlyList<Guid>> ListStatementsOfOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default);
}
