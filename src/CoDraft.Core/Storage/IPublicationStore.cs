namespace CoDraft.Core.Storage;

/// <summary>
/// Publications: at most one per statement. Publishing is the one write that turns approved text into public
/// text, so its guard is inside the store: the check that the statement is Approved and still at the version being
/// published, the stored publication and the move to Published are one atomic step.
/// </summary>
public interface IPublicationStore
{
    /// <summary>
    /// Stores <paramref name="publication"/> and moves the statement from Approved to Published, atomically, if the
    /// statement is Approved and its head version is <see cref="Publication.Version"/>; otherwise writes nothing.
    /// </summary>
    /// <exception cref="ArgumentException">The publication's hash is not that of its text.</exception>
    /// <exception cref="StoreException"><see cref="StoreException.UnknownStatement"/>.</exception>
    Task<PublishOutcome> PublishAsync(Publication publication, CancellationToken cancellationToken = default);

    /// <summary>The statement's publication, embargoed or not, or null.</summary>
    Task<Publication?> FindPublicationAsync(Guid statementId, CancellationToken cancellationToken = default);

    /// <summary>Every publication, embargoed ones included, newest first.</summary>
    Task<IReadOnlyList<Publication>> ListPublicationsAsync(CancellationToken cancellationToken = default);
}
