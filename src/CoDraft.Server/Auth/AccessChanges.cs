namespace CoDraft.Server.Auth;

/// <summary>
/// Counts the changes this process made to who may do what on statements: a statement's partners and people's roles,
/// and organisation memberships. A check answered from an earlier reading of access (see
/// <see cref="StatementGuard.RequireRecentAsync"/>) is only reused while this count has not moved, so a role taken
/// away through this server stops working at the very next call.
/// </summary>
public sealed class AccessChanges
{
    private long count;

    /// <summary>How many changes have been made so far.</summary>
    public long Count => Interlocked.Read(ref count);

    /// <summary>Records a change; call it after the change is stored.</summary>
    public void Changed() => Interlocked.Increment(ref count);
}
