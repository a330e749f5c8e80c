using CoDraft.Core.Accounts;

namespace CoDraft.Server.Auth;

/// <summary>
/// Hears of every stored change of a statement's access (partners and people's roles), which all go through
/// <see cref="StatementGuard.ChangeAsync"/>. Told after the change is stored; a failing listener does not undo it.
/// </summary>
public interface IAccessChangeListener
{
    /// <summary>The statement's access was <paramref name="before"/> and is now <paramref name="after"/>.</summary>
    Task AccessChangedAsync(StatementAccess before, StatementAccess after, CancellationToken cancellationToken);
}
