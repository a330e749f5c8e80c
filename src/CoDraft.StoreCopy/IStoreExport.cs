using CoDraft.Core.Storage;
using CoDraft.Core.Accounts;

namespace CoDraft.StoreCopy;

/// <summary>
/// Lists what the everyday ports can only look up one at a time, so that <see cref="StoreCopier"/> can read a whole
/// store. Every adapter implements it beside <see cref="IDraftStore"/>.
/// </summary>
public interface IStoreExport
{
    /// <summary>Every person, in no particular order.</summary>
    Task<IReadOnlyList<Person>> ListPeopleAsync(CancellationToken cancellationToken = default);

    /// <summary>Every invitation, used and expired ones included, in no particular order.</summary>
    Task<IReadOnlyList<Invitation>> ListInvitationsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every snapshot of the statement, oldest first.</summary>
    Task<IReadOnlyList<TextSnapshot>> ListSnapshotsAsync(Guid statementId, CancellationToken cancellationToken = default);
}
