using System.Collections.Concurrent;
using System.Threading.Channels;
using CoDraft.Core.Storage;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Editing;

/// <summary>
/// Records an automatic revision every <see cref="EditingOptions.AutoRevisionEvery"/> ops of a statement, and
/// after <see cref="EditingOptions.AutoRevisionIdleSeconds"/> without edits. It hears of commits as a listener
/// (under the statement's writer lock, so it only notes them) and records the revisions in the background.
/// </summary>
public sealed class AutomaticRevisions(
    RevisionRecorder recorder,
    IOptions<EditingOptions> options,
    TimeProvider clock,
    ILogger<AutomaticRevisions> logger) : BackgroundService, IEditListener, IStatementMemory
{
    private sealed record Activity(long Version, DateTimeOffset At, long OpsSinceRevision, long RevisedVersion);

    private readonly ConcurrentDictionary<Guid, Activity> activity = new();
    private readonly Channel<(Guid StatementId, long Version)> due = Channel.CreateUnbounded<(Guid, long)>();

    /// <inheritdoc />
    public ValueTask OnCommittedAsync(CommittedOp op)
    {
        var every = options.Value.AutoRevisionEvery;
        var updated = activity.AddOrUpdate(
            op.StatementId,
            _ => new Activity(op.Version, clock.GetUtcNow(), 1, 0),
            (_, a) => a with { Version = op.Version, At = clock.GetUtcNow(), OpsSinceRevision = a.OpsSinceRevision + 1 });
        if (every > 0 && updated.OpsSinceRevision >= every)
        {
            activity[op.StatementId] = updated with { OpsSinceRevision = 0, RevisedVersion = op.Version };
            due.Writer.TryWrite((op.StatementId, op.Version));
        }
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    /// <remarks>A statement edited since its last automatic revision waits for its idle revision.</remarks>
    public bool IsIdle(Guid statementId) => !activity.TryGetValue(statementId, out var a) || a.RevisedVersion >= a.Version;

    /// <inheritdoc />
    public ValueTask<bool> SaveAsync(Guid statementId, CancellationToken cancellationToken) => ValueTask.FromResult(true);

    /// <inheritdoc />
    public void Forget(Guid statementId)
    {
        // Only an entry with nothing due goes: one that an edit updated meanwhile stays.
        if (activity.TryGetValue(statementId, out var a) && a.RevisedVersion >= a.Version)
        {
            activity.TryRemove(KeyValuePair.Create(statementId, a));
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromSeconds(options.Value.AutoRevisionIdleSeconds);
        // Check for idle statements a few times per idle period, so a pause is noticed soon after it is long enough.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(idle.TotalSeconds / 4, 0.25, 15)), clock);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        var read = due.Reader.WaitToReadAsync(stoppingToken).AsTask();
        while (true)
        {
            if (await Task.WhenAny(read, tick) == tick)
            {
                if (!await tick)
                {
                    return;
                }
                QueueIdleStatements(idle);
                tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
                continue;
            }
            await read;
            while (due.Reader.TryRead(out var item))
            {
                await RecordAsync(item.StatementId, item.Version, stoppingToken);
            }
            read = due.Reader.WaitToReadAsync(stoppingToken).AsTask();
        }
    }

    private void QueueIdleStatements(TimeSpan idle)
    {
        var now = clock.GetUtcNow();
        foreach (var (statementId, a) in activity)
        {
            if (a.RevisedVersion < a.Version && now - a.At >= idle &&
                activity.TryUpdate(statementId, a with { OpsSinceRevision = 0, RevisedVersion = a.Version }, a))
            {
                due.Writer.TryWrite((statementId, a.Version));
            }
        }
    }

    private async Task RecordAsync(Guid statementId, long version, CancellationToken cancellationToken)
    {
        try
        {
            await recorder.RecordAutomaticAsync(statementId, version, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A missed automatic revision loses no text (the op log has it); the next one will come.
            Log.AutomaticRevisionFailed(logger, statementId, version, e);
        }
    }
}
