using CoDraft.Core.Text;

namespace CoDraft.Client.Sessions;

public sealed partial class DraftSession
{
    private InFlightOp? inflight;
    private TextOp? pending;
    private List<TaskCompletionSource<long>> pendingWaiters = [];
    private long lastSeq;
    private Task<long> lastCommit;

    /// <summary>
    /// Applies a local edit at once and queues it for the server. The task completes with the version that
    /// committed it (or, when concurrent edits had already made it change nothing, the version where that was found).
    /// </summary>
    /// <exception cref="InvalidOpException">The op does not fit the local text; nothing was changed.</exception>
    /// <exception cref="InvalidOperationException">The session has left or stopped on a refusal.</exception>
    public Task<long> ApplyLocal(TextOp op)
    {
        ArgumentNullException.ThrowIfNull(op);
        Task<long> committed;
        lock (gate)
        {
            committed = ApplyLocalLocked(op);
        }
        Pump();
        return committed;
    }

    /// <summary>Inserts <paramref name="value"/> at code point <paramref name="position"/> (see <see cref="ApplyLocal(TextOp)"/>).</summary>
    public Task<long> Insert(int position, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        if (value.Length == 0)
        {
            return ApplyLocal(TextOp.Identity);
        }
        return ApplyLocal(new TextOp(position == 0
            ? [OpComponent.Insert(value)]
            : [OpComponent.Retain(position), OpComponent.Insert(value)]));
    }

    /// <summary>Deletes <paramref name="count"/> code points from <paramref name="position"/> (see <see cref="ApplyLocal(TextOp)"/>).</summary>
    public Task<long> Delete(int position, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return ApplyLocal(TextOp.Identity);
        }
        return ApplyLocal(new TextOp(position == 0
            ? [OpComponent.DeleteCount(count)]
            : [OpComponent.Retain(position), OpComponent.DeleteCount(count)]));
    }

    /// <summary>
    /// Makes an op from the current local text and applies it, with no remote change in between: for an editor
    /// that computes positions from the text (costs a copy of the text). A null op changes nothing.
    /// </summary>
    public Task<long> Edit(Func<string, TextOp?> makeOp)
    {
        ArgumentNullException.ThrowIfNull(makeOp);
        Task<long> committed;
        lock (gate)
        {
            ThrowIfUnusableLocked();
            committed = makeOp(text.ToString()) is { } op ? ApplyLocalLocked(op) : Task.FromResult(version);
        }
        Pump();
        return committed;
    }

    /// <summary>
    /// Runs <paramref name="makeOp"/> and applies the op it returns, with no remote change in between: for an editor
    /// that keeps its own view of the text in step through <see cref="RemoteChanged"/> (raised under the same lock).
    /// A null op changes nothing.
    /// </summary>
    public Task<long> Edit(Func<TextOp?> makeOp)
    {
        ArgumentNullException.ThrowIfNull(makeOp);
        Task<long> committed;
        lock (gate)
        {
            ThrowIfUnusableLocked();
            committed = makeOp() is { } op ? ApplyLocalLocked(op) : Task.FromResult(version);
        }
        Pump();
        return committed;
    }

    private Task<long> ApplyLocalLocked(TextOp op)
    {
        ThrowIfUnusableLocked();
        var resolved = text.Resolve(op);
        if (resolved.IsNoOp)
        {
            return Task.FromResult(version);
        }
        text.Apply(resolved);
        pending = pending is null ? resolved : TextType.Compose(pending, resolved);
        if (localSelection is { } selection)
        {
            // The typist's own cursor moves past what they type.
            localSelection = new Selection(
                TextType.TransformPosition(selection.Anchor, resolved, PositionBias.After),
                TextType.TransformPosition(selection.Head, resolved, PositionBias.After));
        }
        var waiter = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        pendingWaiters.Add(waiter);
        lastCommit = waiter.Task;
        return waiter.Task;
    }

    /// <summary>Moves the pending op into flight when nothing is in flight.</summary>
    private void PromoteLocked()
    {
        if (inflight is not null || pending is null)
        {
            return;
        }
        var op = pending;
        var waiters = pendingWaiters;
        pending = null;
        pendingWaiters = [];
        if (op.IsNoOp)
        {
            Complete(waiters, version);
            return;
        }
        inflight = new InFlightOp(++lastSeq, op, waiters);
    }

    private void ThrowIfUnusableLocked()
    {
        if (detached)
        {
            throw new InvalidOperationException("The session has left the statement.");
        }
        if (fault is not null)
        {
            throw new InvalidOperationException("The session stopped after the hub refused an op.", fault);
        }
    }

    private static void Complete(List<TaskCompletionSource<long>> waiters, long committedVersion)
    {
        foreach (var waiter in waiters)
        {
            waiter.TrySetResult(committedVersion);
        }
    }

    private void CancelWaitersLocked()
    {
        foreach (var waiter in (inflight?.Waiters ?? []).Concat(pendingWaiters))
        {
            waiter.TrySetCanceled();
        }
    }
}
