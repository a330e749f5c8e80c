using CoDraft.Core.Errors;
using CoDraft.Core.Review;
using CoDraft.Server.Auth;
using CoDraft.Server.Editing;
using CoDraft.Server.SignOff;

namespace CoDraft.Server.Review;

public sealed partial class ReviewService
{
    /// <summary>Opens a thread on a range with its first comment.</summary>
    /// <remarks>The range is [<paramref name="start"/>, <paramref name="end"/>) of the text at <paramref name="version"/> (the head when null).</remarks>
    public async Task<CommentThread> CreateThreadAsync(
        Guid statementId, StatementCaller caller, int? start, int? end, long? version, string? body, CancellationToken ct)
    {
        var text = RequireText(body, "body", allowEmpty: false);
        var thread = await editor.WithHeadAsync(statementId, async head =>
        {
            var anchor = await NewAnchorAsync(head, start, end, version, ct);
            var thread = new CommentThread(
                Guid.NewGuid(), statementId, anchor, head.Version, caller.PersonId, caller.OrganisationId, text, Now(),
                ThreadStatus.Open, null, null, []);
            await store.AddThreadAsync(thread, ct);
            anchors.AddLocked(head, ReviewItemKind.Thread, thread.Id, anchor);
            return thread;
        }, ct);
        await audit.RecordAsync(statementId, Actor(caller), AuditActions.CommentCreated,
            new { threadId = thread.Id, start = thread.Anchor.Start, end = thread.Anchor.End, quote = thread.Anchor.Quote, body = text }, ct);
        await notifier.CommentChangedAsync("created", thread);
        return thread;
    }

    /// <summary>Every thread of the statement with its current anchor, oldest first.</summary>
    public Task<IReadOnlyList<CommentThread>> ListThreadsAsync(Guid statementId, CancellationToken ct) =>
        editor.WithHeadAsync<IReadOnlyList<CommentThread>>(statementId, async head =>
        {
            var threads = await store.ListThreadsAsync(statementId, ct);
            var current = await anchors.SyncLockedAsync(head, threads, [], ct);
            return threads.Select(t => AtHead(t, current[new AnchorKey(ReviewItemKind.Thread, t.Id)], head.Version)).ToList();
        }, ct);

    /// <summary>One thread with its current anchor.</summary>
    public Task<CommentThread> GetThreadAsync(Guid statementId, Guid threadId, CancellationToken ct) =>
        editor.WithHeadAsync(statementId, async head =>
        {
            var thread = await store.FindThreadAsync(statementId, threadId, ct) ?? throw ThreadNotFound();
            var current = await anchors.SyncLockedAsync(head, [thread], [], ct);
            return AtHead(thread, current[new AnchorKey(ReviewItemKind.Thread, thread.Id)], head.Version);
        }, ct);

    /// <summary>Adds a reply to the end of a thread.</summary>
    public async Task<CommentThread> ReplyAsync(Guid statementId, Guid threadId, StatementCaller caller, string? body, CancellationToken ct)
    {
        var text = RequireText(body, "body", allowEmpty: false);
        var reply = new CommentReply(Guid.NewGuid(), caller.PersonId, caller.OrganisationId, text, Now());
        if (!await store.AddReplyAsync(statementId, threadId, reply, ct))
        {
            throw ThreadNotFound();
        }
        var thread = await GetThreadAsync(statementId, threadId, ct);
        await audit.RecordAsync(statementId, Actor(caller), AuditActions.CommentReplied, new { threadId, replyId = reply.Id, body = text }, ct);
        await notifier.CommentChangedAsync("replied", thread);
        return thread;
    }

    /// <summary>Resolves an open thread or reopens a resolved one, recording who and when.</summary>
    public async Task<CommentThread> SetStatusAsync(Guid statementId, Guid threadId, StatementCaller caller, ThreadStatus status, CancellationToken ct)
    {
        if (!await store.SetThreadStatusAsync(statementId, threadId, status, caller.PersonId, Now(), ct))
        {
            _ = await store.FindThreadAsync(statementId, threadId, ct) ?? throw ThreadNotFound();
            throw status == ThreadStatus.Resolved
                ? new CoDraftException(ErrorCodes.ThreadAlreadyResolved, "The thread is already resolved.")
                : new CoDraftException(ErrorCodes.ThreadNotResolved, "The thread is open; only a resolved thread can be reopened.");
        }
        var thread = await GetThreadAsync(statementId, threadId, ct);
        await audit.RecordAsync(statementId, Actor(caller),
            status == ThreadStatus.Resolved ? AuditActions.CommentResolved : AuditActions.CommentReopened, new { threadId }, ct);
        await notifier.CommentChangedAsync(status == ThreadStatus.Resolved ? "resolved" : "reopened", thread);
        return thread;
    }

    /// <summary>The thread with its anchor as it stands at the head, <paramref name="version"/>.</summary>
    private static CommentThread AtHead(CommentThread t, Anchor anchor, long version) => t with { Anchor = anchor, AnchorVersion = version };

    private static string Actor(StatementCaller caller) => caller.PersonId.ToString("D");

    private static CoDraftException ThreadNotFound() => new(ErrorCodes.ThreadNotFound, "No such comment thread on this statement.");
}
