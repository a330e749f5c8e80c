using CoDraft.Core.Accounts;

namespace CoDraft.Server.Auth;

/// <summary>
/// What one live connection last read of its person's membership and of each statement's access, with when it was
/// read and the <see cref="AccessChanges.Count"/> then; see <see cref="StatementGuard.RequireRecentAsync"/>. Hub
/// methods of one connection run one at a time, but the lock keeps it safe if that is ever configured otherwise.
/// </summary>
public sealed class RecentAccess
{
    private readonly Lock gate = new();
    private readonly Dictionary<Guid, Reading> readings = [];

    internal bool TryGet(Guid statementId, out Reading reading)
    {
        lock (gate)
        {
            return readings.TryGetValue(statementId, out reading!);
        }
    }

    internal void Set(Guid statementId, Reading reading)
    {
        lock (gate)
        {
            readings[statementId] = reading;
        }
    }

    internal void Forget(Guid statementId)
    {
        lock (gate)
        {
            readings.Remove(statementId);
        }
    }

    /// <summary>One reading: the membership and access as stored, the change count and the time when they were read.</summary>
    internal sealed record Reading(Membership? Membership, StatementAccess Access, long ChangeCount, long Timestamp);
}
