namespace CoDraft.Core.Storage;

/// <summary>
/// Each statement's lifecycle state, changed by compare-and-set (<see cref="StateChange"/>), so that two requests
/// racing to move the same statement cannot both succeed from the same state.
/// </summary>
public interface ILifecycleStore
{
    /// <summary>The statement's lifecycle (<see cref="StatementLifecycle.Initial"/> when never changed).</summary>
    /// <exception cref="StoreException"><see cref="StoreException.UnknownStatement"/>.</exception>
    Task<StatementLifecycle> FindLifecycleAsync(Guid statementId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies <paramref name="change"/> if the statement is still in its <see cref="StateChange.From"/> state and, when
    /// <see cref="StateChange.HeadVersion"/> is set, its head version is still that one; false, writing nothing, otherwise.
    /// </summary>
    /// <exception cref="ArgumentException">The lifecycle does not allow the move.</exception>
    /// <exception cref="StoreException"><see cref="StoreException.UnknownStatement"/>.</exception>
    Task<bool> ChangeStateAsync(StateChange change, CancellationToken cancellationToken = default);
}
