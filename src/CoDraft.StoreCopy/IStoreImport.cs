using CoDraft.Core.Storage;
using CoDraft.Core.Accounts;

namespace CoDraft.StoreCopy;

/// <summary>
/// Writes that keep values the everyday ports compute themselves, so that a copied store is the same as its source.
/// Every adapter implements it beside <see cref="IDraftStore"/>.
/// </summary>
public interface IStoreImport
{
    /// <summary>
    /// Stores <paramref name="access"/> with its own <see cref="StatementAccess.Revision"/> (where
    /// <see cref="IStatementAccessStore.SaveStatementAccessAsync"/> would number it 1) when the statement has no access
    /// stored yet. False, writing nothing, when it has.
    /// </summary>
    /// <exception cref="StoreException"><see cref="StoreException.UnknownStatement"/>.</exception>
    Task<bool> ImportStatementAccessAsync(StatementAccess access, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the statement's lifecycle state exactly as given (any state, with its time and author, where
    /// <see cref="ILifecycleStore.ChangeStateAsync"/> only takes allowed moves) when none is stored yet. False, writing
    /// nothing, when one is.
    /// </summary>
    /// <exception cref="StoreException"><see cref="StoreException.UnknownStatement"/>.</exception>
    Task<bool> ImportLifecycleAsync(StatementLifecycle lifecycle, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a publication as given, without the publish guard of <see cref="IPublicationStore.PublishAsync"/> and
    /// without changing the lifecycle state (imported on its own). False, writing nothing, when the statement has one.
    /// </summary>
    /// <exception cref="StoreException"><see cref="StoreException.UnknownStatement"/>.</exception>
    Task<bool> ImportPublicationAsync(Publication publication, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a whole sign-off round as given, after the statement's other rounds: all its candidates and decisions,
    /// without the lifecycle checks and state changes of <see cref="ISignOffStore"/> (the state is imported on its own).
    /// False, writing nothing, when a round with this id is stored.
    /// </summary>
    /// <exception cref="StoreException"><see cref="StoreException.UnknownStatement"/>.</exception>
    Task<bool> ImportRoundAsync(SignOffRoundRecord record, CancellationToken cancellationToken = default);
}
