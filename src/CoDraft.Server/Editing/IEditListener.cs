using CoDraft.Core.Storage;

namespace CoDraft.Server.Editing;

/// <summary>Told of every op once the store has committed it (the hub broadcasts it to participants).</summary>
public interface IEditListener
{
    /// <summary>Called after <paramref name="op"/> is durable, in version order per statement.</summary>
    ValueTask OnCommittedAsync(CommittedOp op);
}
