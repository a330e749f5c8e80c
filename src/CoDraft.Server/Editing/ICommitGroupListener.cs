using CoDraft.Core.Storage;

namespace CoDraft.Server.Editing;

/// <summary>
/// An <see cref="IEditListener"/> that would rather hear of a committed group at once than op by op (the hub sends
/// a group as one message). Called instead of <see cref="IEditListener.OnCommittedAsync"/> for such listeners.
/// </summary>
public interface ICommitGroupListener : IEditListener
{
    /// <summary>Called after <paramref name="ops"/> (one or more, consecutive versions of one statement) are durable.</summary>
    ValueTask OnCommittedGroupAsync(IReadOnlyList<CommittedOp> ops);
}
