using CoDraft.Core.Accounts;

namespace CoDraft.Core.Storage.Transfer;

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
}
