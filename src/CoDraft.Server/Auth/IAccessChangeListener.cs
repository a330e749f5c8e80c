using CoDraft.Core.Accounts;

namespace CoDraft.Server.Auth;

/// <summary>
/// Hears of every stored change of a statement's access (partners and people's roles), which all go through
/// <see cref="StatementGuard.ChangeAsync"/>, and of a person leaving their organisation, which takes every role they
/// held for it. Told after the change is stored; a failing listener does not undo it.
/// </summary>
public interface IAccessChangeListener
{
    /// <summary>The statement's access was <paramref name="before"/> and is now <paramref name="after"/>.</summary>
    Task AccessChangedAsync(StatementAccess before, StatementAccess after, CancellationToken cancellationToken);

    /// <summary>
    /// <paramref name="personId"/> no longer belongs to the organisation they held roles for on
    /// <paramref name="statementIds"/>: none of those roles counts any more.
    /// </summary>
    Task MembershipEndedAsync(Guid personId, IReadOnlyList<Guid> statementIds, CancellationToken cancellationToken);
}
