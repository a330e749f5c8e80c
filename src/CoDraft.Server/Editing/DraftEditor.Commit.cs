using System.Diagnostics;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Server.Telemetry;

namespace CoDraft.Server.Editing;

/// <summary>
/// Group commit. Submissions queue per statement; whoever holds the statement's gate drains the queue, preparing
/// each submission in turn on top of the ones before it (transform, validate, apply to the live text tentatively),
/// and commits the whole group with one durable write. Only then are the ops recorded, broadcast in version order,
/// and the submitters answered. If the write fails because another process took a version, the tentative changes
/// are undone, the newer ops loaded, and the group prepared again.
/// </summary>
public sealed partial class DraftEditor
{
    private sealed record Prepared(PendingSubmission Item, CommittedOp? Op, CommitResult? Result, Exception? Error);

    private async Task<CommitResult> EnqueueAsync(PendingSubmission item, CancellationToken cancellationToken)
    {
        using var lease = await OpenAsync(item.Submission.StatementId, cancellationToken);
        var doc = lease.Document;
        doc.Queue.Enqueue(item);
        // Not cancellable: once queued, the submission is committed or refused by whoever drains the queue, and
        // that must not be left to a caller who may never come.
        await doc.Gate.WaitAsync(CancellationToken.None);
        try
        {
            if (!item.Result.Task.IsCompleted)
            {
                await DrainLockedAsync(doc);
            }
        }
        finally
        {
            doc.Gate.Release();
        }
        return await item.Result.Task;
    }

    private async Task DrainLockedAsync(LiveDocument doc)
    {
        var group = new List<PendingSubmission>();
        while (true)
        {
            while (group.Count < Options.MaxCommitGroup && doc.Queue.TryDequeue(out var next))
            {
                group.Add(next);
            }
            if (group.Count == 0)
            {
                return;
            }
            try
            {
                group.RemoveRange(0, await CommitGroupLockedAsync(doc, group));
            }
            catch (Exception e)
            {
                // The store failed (not refused): nothing of this group was applied; its submitters get the error.
                foreach (var item in group)
                {
                    item.Result.TrySetException(e);
                }
                group.Clear();
            }
        }
    }

    /// <summary>Commits a prefix of <paramref name="group"/> and answers its submitters; returns its length.</summary>
    private async Task<int> CommitGroupLockedAsync(LiveDocument doc, List<PendingSubmission> group)
    {
        for (var attempt = 1; attempt <= Options.MaxCommitAttempts; attempt++)
        {
            if (attempt > 1 || group.Any(i => i.Submission.BaseVersion > doc.Version))
            {
                await CatchUpLockedAsync(doc, CancellationToken.None);
            }
            var prepared = await PrepareLockedAsync(doc, group);
            var staged = prepared.Where(p => p.Op is not null).Select(p => p.Op!).ToList();
            if (staged.Count == 0)
            {
                _ = AnswerWhenNotifiedAsync(doc.Notified, prepared);
                return prepared.Count;
            }
            if (await TextClosedAsync(doc.StatementId) is { } closed)
            {
                // Resends of ops committed before the text closed are still answered as such; new changes are refused.
                Undo(doc, staged);
                Answer(prepared.Select(p => p.Op is null ? p : p with { Result = null, Error = closed }).ToList());
                return prepared.Count;
            }
            AppendOutcome outcome;
            var writeStarted = Stopwatch.GetTimestamp();
            try
            {
                outcome = await store.AppendAsync(staged, CancellationToken.None);
            }
            catch
            {
                Undo(doc, staged);
                throw;
            }
            if (outcome.Status == AppendStatus.Committed)
            {
                CoDraftMetrics.Committed(staged.Count, writeStarted);
                // Answered once the group is broadcast (as before), but the gate is not held meanwhile: the next
                // group commits while this one goes out to slow connections.
                _ = AnswerWhenNotifiedAsync(await RecordLockedAsync(doc, staged), prepared);
                return prepared.Count;
            }
            Undo(doc, staged);
            if (outcome.Status == AppendStatus.DuplicateSubmission)
            {
                // Another process committed one of these submissions (a resend that went elsewhere): commit them
                // one by one, so that only that one is answered as a duplicate.
                return group.Count == 1 ? await AnswerDuplicateAsync(doc, group[0]) : await CommitGroupLockedAsync(doc, group[..1]);
            }
            Log.CommitConflict(logger, doc.StatementId, staged[0].Version, attempt);
        }
        var contention = new CoDraftException(ErrorCodes.StoreContention, "Other writers kept committing first; try again.");
        foreach (var item in group)
        {
            item.Result.TrySetException(contention);
        }
        return group.Count;
    }

    private async Task<int> AnswerDuplicateAsync(LiveDocument doc, PendingSubmission item)
    {
        var earlier = await store.FindSubmissionAsync(doc.StatementId, item.Submission.ClientId, item.Submission.Seq);
        item.Result.TrySetResult(new CommitResult(earlier?.Version ?? doc.Version, null, Duplicate: true));
        return 1;
    }

    /// <summary>
    /// Prepares submissions in order, applying each to the live text tentatively. Stops before a submission whose
    /// base version is newer than this process has seen, so that the next group can catch up first.
    /// </summary>
    private async Task<List<Prepared>> PrepareLockedAsync(LiveDocument doc, List<PendingSubmission> group)
    {
        var prepared = new List<Prepared>(group.Count);
        var staged = new List<CommittedOp>();
        try
        {
            await PrepareEachLockedAsync(doc, group, prepared, staged);
        }
        catch
        {
            Undo(doc, staged);
            throw;
        }
        return prepared;
    }

    private async Task PrepareEachLockedAsync(LiveDocument doc, List<PendingSubmission> group, List<Prepared> prepared, List<CommittedOp> staged)
    {
        long stagedBytes = 0;
        foreach (var item in group)
        {
            var s = item.Submission;
            if (staged.Count > 0 && s.BaseVersion > doc.Version)
            {
                break;
            }
            var head = doc.Version + staged.Count;
            if (staged.FirstOrDefault(o => o.ClientId == s.ClientId && o.Seq == s.Seq) is { } sameGroup)
            {
                prepared.Add(new Prepared(item, null, new CommitResult(sameGroup.Version, null, Duplicate: true), null));
                continue;
            }
            try
            {
                if (doc.HasSeen(s.ClientId, s.Seq) && await FindEarlierAsync(doc, s) is { } earlier)
                {
                    prepared.Add(new Prepared(item, null, earlier, null));
                    continue;
                }
                var op = await TransformAndResolveLockedAsync(doc, item, staged, stagedBytes);
                if (op.IsNoOp)
                {
                    prepared.Add(new Prepared(item, null, new CommitResult(head, null, Duplicate: false), null));
                    continue;
                }
                var committed = new CommittedOp(doc.StatementId, head + 1, op, s.ClientId, s.Seq, s.Author, clock.GetUtcNow());
                doc.Text.Apply(op);
                stagedBytes += LiveDocument.Utf8Delta(op);
                staged.Add(committed);
                prepared.Add(new Prepared(item, committed, new CommitResult(committed.Version, op, Duplicate: false), null));
            }
            catch (CoDraftException e)
            {
                // A resend of an op committed long ago may no longer transform cleanly; it is still a resend.
                var earlier = await FindEarlierAsync(doc, s);
                prepared.Add(new Prepared(item, null, earlier, earlier is null ? e : null));
            }
        }
    }

    private async Task<CommitResult?> FindEarlierAsync(LiveDocument doc, Submission s) =>
        await store.FindSubmissionAsync(doc.StatementId, s.ClientId, s.Seq) is { } earlier
            ? new CommitResult(earlier.Version, null, Duplicate: true)
            : null;

    private async Task<TextOp> TransformAndResolveLockedAsync(LiveDocument doc, PendingSubmission item, List<CommittedOp> staged, long stagedBytes)
    {
        var s = item.Submission;
        var head = doc.Version + staged.Count;
        if (item.ReplacementText is { } text)
        {
            if (s.BaseVersion != head)
            {
                throw new StaleVersionException(head);
            }
            return CheckSize(doc, stagedBytes, doc.Text.Resolve(TextDiff.ToOp(doc.Text.ToString(), text)));
        }
        if (s.BaseVersion > head)
        {
            throw new CoDraftException(ErrorCodes.VersionInFuture, $"Base version {s.BaseVersion} is newer than the current version {head}.");
        }
        if (s.BaseVersion < 0 || head - s.BaseVersion > Options.MaxTransformOps)
        {
            throw new CoDraftException(ErrorCodes.VersionTooOld, $"Base version {s.BaseVersion} is more than {Options.MaxTransformOps} versions behind; catch up first.");
        }
        var concurrent = s.BaseVersion >= doc.OldestRecentBase
            ? doc.OpsAfter(s.BaseVersion)
            : await store.ReadOpsAsync(doc.StatementId, s.BaseVersion, doc.Version);
        // Ops committed first win ties: the incoming op is transformed as the right-hand side.
        var op = TextType.TransformAgainstCommitted(s.Op, concurrent.Concat(staged).Select(o => o.Op), TransformSide.Right);
        return CheckSize(doc, stagedBytes, doc.Text.Resolve(op));
    }

    private TextOp CheckSize(LiveDocument doc, long stagedBytes, TextOp op)
    {
        if (doc.ByteLength + stagedBytes + LiveDocument.Utf8Delta(op) > Options.MaxTextBytes)
        {
            throw new CoDraftException(ErrorCodes.TextTooLarge, $"The text would be larger than the maximum of {Options.MaxTextBytes} bytes.");
        }
        return op;
    }

    /// <summary>Takes back the tentative changes of a group the store refused, newest first.</summary>
    private static void Undo(LiveDocument doc, List<CommittedOp> staged)
    {
        for (var i = staged.Count - 1; i >= 0; i--)
        {
            doc.Text.Apply(TextType.Invert(staged[i].Op));
        }
    }

    /// <summary>
    /// Records a committed group (its text is already applied) and stores snapshots; returns the listeners'
    /// notification of it, queued behind the statement's earlier ones.
    /// </summary>
    private async Task<Task> RecordLockedAsync(LiveDocument doc, List<CommittedOp> committed)
    {
        var before = doc.Version;
        foreach (var op in committed)
        {
            doc.Record(op, Options.MaxTransformOps);
        }
        // The live text is already at the group's last version, so that is the version a snapshot can be of.
        if (before / Options.SnapshotEvery != doc.Version / Options.SnapshotEvery)
        {
            await SaveSnapshotQuietlyAsync(doc);
        }
        return NotifyInOrderLocked(doc, committed);
    }

    private static async Task AnswerWhenNotifiedAsync(Task notified, List<Prepared> prepared)
    {
        await notified;
        Answer(prepared);
    }

    private static void Answer(List<Prepared> prepared)
    {
        foreach (var p in prepared)
        {
            if (p.Error is not null)
            {
                p.Item.Result.TrySetException(p.Error);
            }
            else
            {
                p.Item.Result.TrySetResult(p.Result!);
            }
        }
    }
}
