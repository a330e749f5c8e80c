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

    /// <summary>
    /// Moves the embargo of the statement's publication to <paramref name="publicFrom"/> (a time at or before
    /// <paramref name="now"/> lifts it), atomically, if the publication is still embargoed at <paramref name="now"/>:
    /// once the public may have seen it, its public date is history and stays. Returns false, writing nothing, when
    /// there is no publication or it is already public (true when the time set equals the one stored).
    /// </summary>
    Task<bool> SetPublicFromAsync(Guid statementId, DateTimeOffset publicFrom, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The statement's publication, embargoed or not, or null.</summary>
    Task<Publication?> FindPublicationAsync(Guid statementId, CancellationToken cancellationToken = default);

    /// <summary>Every publication, embargoed ones included, newest first.</summary>
    Task<IReadOnlyList<Publication>> ListPublicationsAsync(CancellationToken cancellationToken = default);
}
