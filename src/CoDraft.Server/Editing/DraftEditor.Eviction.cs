namespace CoDraft.Server.Editing;

/// <summary>
/// Letting idle statements go. A statement's live document stays in memory while it is used; once nobody has used it
/// for <see cref="EditingOptions.IdleEvictSeconds"/>, nothing waits to be committed or told to the listeners, and
/// every <see cref="IStatementMemory"/> agrees (nobody joined here, no revision due, anchors written), it is dropped.
/// The store holds everything acknowledged, so the next use loads it again as on the first.
/// </summary>
public sealed partial class DraftEditor
{
    /// <summary>How many statements this process holds in memory.</summary>
    public int OpenStatements => documents.Count;

    /// <summary>
    /// Drops every statement that has been idle long enough (see the class remarks); returns how many. Safe at any
    /// moment: a statement in use, or whose gate is held, is left for a later pass.
    /// </summary>
    public async Task<int> EvictIdleAsync(CancellationToken cancellationToken = default)
    {
        var idleFor = TimeSpan.FromSeconds(Options.IdleEvictSeconds);
        if (idleFor <= TimeSpan.Zero)
        {
            return 0;
        }
        var evicted = 0;
        foreach (var (statementId, lazy) in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!lazy.IsValueCreated || !lazy.Value.IsCompletedSuccessfully)
            {
                continue;
            }
            if (await TryEvictAsync(statementId, lazy, idleFor, cancellationToken))
            {
                evicted++;
            }
        }
        return evicted;
    }

    private async Task<bool> TryEvictAsync(Guid statementId, Lazy<Task<LiveDocument>> lazy, TimeSpan idleFor, CancellationToken cancellationToken)
    {
        var doc = lazy.Value.Result;
        if (!doc.IsIdle(clock.GetTimestamp(), idleFor, clock.TimestampFrequency) || !memories.All(m => m.IsIdle(statementId)))
        {
            return false;
        }
        // Never wait for the gate: whoever holds it is using the statement, which is then not idle.
        if (!await doc.Gate.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            return false;
        }
        try
        {
            foreach (var memory in memories)
            {
                if (!await memory.SaveAsync(statementId, cancellationToken))
                {
                    return false;
                }
            }
            // Checked again with the document's use count, atomically: someone may have opened it meanwhile.
            if (!doc.TryRetire(clock.GetTimestamp(), idleFor, clock.TimestampFrequency))
            {
                return false;
            }
            documents.TryRemove(KeyValuePair.Create(statementId, lazy));
            foreach (var memory in memories)
            {
                memory.Forget(statementId);
            }
            Log.Evicted(logger, statementId, doc.Version);
            return true;
        }
        finally
        {
            doc.Gate.Release();
        }
    }
}
