using System.Collections.Concurrent;
using CoDraft.Core.Storage;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// Appends of different statements share commits. The editor already commits one statement's queued ops as one
/// batch; with many statements busy at once, each batch would still cost its own durable write (an fsync), one
/// after the other on the one writer. So appends queue here, and whoever holds the write lock writes every queued
/// batch in one transaction (each batch still all or nothing on its own) and answers them once it is durable.
/// </summary>
public sealed partial class SqliteDatabase
{
    /// <summary>Most batches in one transaction: bounds how long one commit holds the writer.</summary>
    public const int MaxBatchesPerCommit = 64;

    private readonly ConcurrentQueue<PendingAppend> pendingAppends = new();

    internal async Task<AppendOutcome> AppendSharingCommitsAsync(IReadOnlyList<CommittedOp> ops, CancellationToken cancellationToken)
    {
        var pending = new PendingAppend(ops);
        pendingAppends.Enqueue(pending);
        while (!pending.Result.Task.IsCompleted)
        {
            try
            {
                await writeLock.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (pending.TryCancel())
            {
                // Nobody took it: nothing of it was written.
                throw;
            }
            catch (OperationCanceledException)
            {
                // Another caller took it into a transaction: its outcome is what counts.
                break;
            }
            try
            {
                if (!pending.Result.Task.IsCompleted)
                {
                    WriteQueuedAppends(OpenWriter());
                }
            }
            finally
            {
                writeLock.Release();
            }
        }
        return await pending.Result.Task;
    }

    /// <summary>Writes up to <see cref="MaxBatchesPerCommit"/> queued batches in one transaction and answers them.</summary>
    private void WriteQueuedAppends(SqliteWriter writer)
    {
        var taken = new List<PendingAppend>();
        while (taken.Count < MaxBatchesPerCommit && pendingAppends.TryDequeue(out var next))
        {
            if (next.TryTake())
            {
                taken.Add(next);
            }
        }
        if (taken.Count == 0)
        {
            return;
        }
        (AppendOutcome Outcome, StoreException? Refusal)[] results;
        try
        {
            results = writer.AppendEach(taken.Select(p => p.Ops).ToList());
        }
        catch (Exception e)
        {
            foreach (var p in taken)
            {
                p.Result.TrySetException(e);
            }
            return;
        }
        for (var i = 0; i < taken.Count; i++)
        {
            if (results[i].Refusal is { } refusal)
            {
                taken[i].Result.TrySetException(refusal);
            }
            else
            {
                taken[i].Result.TrySetResult(results[i].Outcome);
            }
        }
    }

    private sealed class PendingAppend(IReadOnlyList<CommittedOp> ops)
    {
        private const int Waiting = 0, Taken = 1, Cancelled = 2;
        private int state;

        public IReadOnlyList<CommittedOp> Ops { get; } = ops;

        public TaskCompletionSource<AppendOutcome> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Claims the batch for a transaction; false when its caller gave up waiting first.</summary>
        public bool TryTake() => Interlocked.CompareExchange(ref state, Taken, Waiting) == Waiting;

        /// <summary>Withdraws the batch; false when a transaction already took it.</summary>
        public bool TryCancel() => Interlocked.CompareExchange(ref state, Cancelled, Waiting) == Waiting;
    }
}
