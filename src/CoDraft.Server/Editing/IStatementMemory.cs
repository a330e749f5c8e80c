namespace CoDraft.Server.Editing;

/// <summary>
/// Something beside the live text that keeps a statement's state in this process's memory (presence, anchors, due
/// revisions). An <see cref="IEditListener"/> that implements it is asked before <see cref="DraftEditor"/> lets an
/// idle statement go, and told when it has gone (see <see cref="DraftEditor.EvictIdleAsync"/>).
/// </summary>
public interface IStatementMemory
{
    /// <summary>False while the statement needs to stay: someone has it open here, or work for it is still due.</summary>
    bool IsIdle(Guid statementId);

    /// <summary>Writes what is kept of the statement that is not stored yet; false when that failed.</summary>
    ValueTask<bool> SaveAsync(Guid statementId, CancellationToken cancellationToken);

    /// <summary>Forgets the statement; its state is read from the store the next time it is needed.</summary>
    void Forget(Guid statementId);
}
