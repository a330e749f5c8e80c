using CoDraft.Core.Errors;
using CoDraft.Core.Review;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Apis.Contracts;
using CoDraft.Server.Auth;
using CoDraft.Server.Editing;
using CoDraft.Server.SignOff;

namespace CoDraft.Server.Review;

public sealed partial class ReviewService
{
    /// <summary>Opens a thread on a range with its first comment.</summary>
    public async Task<ThreadView> CreateThreadAsync(Guid statementId, StatementCaller caller, CreateThreadRequest request, CancellationToken ct)
    {
        var body = RequireText(request.Body, "body", allowEmpty: false);
        var view = await editor.WithHeadAsync(statementId, async head =>
        {
            var anchor = await NewAnchorAsync(head, request.Start, request.End, request.Version, ct);
            var thread = new CommentThread(
                Guid.NewGuid(), statementId, anchor, head.Version, caller.PersonId, caller.OrganisationId, body, Now(),
                ThreadStatus.Open, null, null, []);
            await store.AddThreadAsync(thread, ct);
            anchors.AddLocked(head, ReviewItemKind.Thread, thread.Id, anchor);
            return View(thread, anchor, head.Version);
        }, ct);
        await audit.RecordAsync(statementId, Actor(caller), AuditActions.CommentCreated,
            new { threadId = view.Id, start = view.Anchor.Start, end = view.Anchor.End, quote = view.Anchor.Quote, body }, ct);
        await broadcaster.CommentAsync("created", view);
        return view;
    }

    /// <summary>Every thread of the statement with its current anchor, oldest first.</summary>
    public Task<IReadOnlyList<ThreadView>> ListThreadsAsync(Guid statementId, CancellationToken ct) =>
        editor.WithHeadAsync<IReadOnlyList<ThreadView>>(statementId, async head =>
        {
            var threads = await store.ListThreadsAsync(statementId, ct);
            var current = await anchors.SyncLockedAsync(head, threads, [], ct);
            return threads.Select(t => View(t, current[new AnchorKey(ReviewItemKind.Thread, t.Id)], head.Version)).ToList();
        }, ct);

    /// <summary>One thread with its current anchor.</summary>
    public Task<ThreadView> GetThreadAsync(Guid statementId, Guid threadId, CancellationToken ct) =>
        editor.WithHeadAsync(statementId, async head =>
        {
            var thread = await store.FindThreadAsync(statementId, threadId, ct) ?? throw ThreadNotFound();
            var current = await anchors.SyncLockedAsync(head, [thread], [], ct);
            return View(thread, current[new AnchorKey(ReviewItemKind.Thread, thread.Id)], head.Version);
        }, ct);

    /// <summary>Adds a reply to the end of a thread.</summary>
    public async Task<ThreadView> ReplyAsync(Guid statementId, Guid threadId, StatementCaller caller, ReplyRequest request, CancellationToken ct)
    {
        var body = RequireText(request.Body, "body", allowEmpty: false);
        var reply = new CommentReply(Guid.NewGuid(), caller.PersonId, caller.OrganisationId, body, Now());
        if (!await store.AddReplyAsync(statementId, threadId, reply, ct))
        {
            throw ThreadNotFound();
        }
        var view = await GetThreadAsync(statementId, threadId, ct);
        await audit.RecordAsync(statementId, Actor(caller), AuditActions.CommentReplied, new { threadId, replyId = reply.Id, body }, ct);
        await broadcaster.CommentAsync("replied", view);
        return view;
    }

    /// <summary>Resolves an open thread or reopens a resolved one, recording who and when.</summary>
    public async Task<ThreadView> SetStatusAsync(Guid statementId, Guid threadId, StatementCaller caller, ThreadStatus status, CancellationToken ct)
    {
        if (!await store.SetThreadStatusAsync(statementId, threadId, status, caller.PersonId, Now(), ct))
        {
            _ = await store.FindThreadAsync(statementId, threadId, ct) ?? throw ThreadNotFound();
            throw status == ThreadStatus.Resolved
                ? new CoDraftException(ErrorCodes.ThreadAlreadyResolved, "The thread is already resolved.")
                : new CoDraftException(ErrorCodes.ThreadNotResolved, "The thread is open; only a resolved thread can be reopened.");
        }
        var view = await GetThreadAsync(statementId, threadId, ct);
        await audit.RecordAsync(statementId, Actor(caller),
            status == ThreadStatus.Resolved ? AuditActions.CommentResolved : AuditActions.CommentReopened, new { threadId }, ct);
        await broadcaster.CommentAsync(status == ThreadStatus.Resolved ? "resolved" : "reopened", view);
        return view;
    }

    private static ThreadView View(CommentThread t, Anchor anchor, long version) => new(
        t.Id, t.StatementId, AnchorView.From(anchor, version), t.AuthorId, t.OrganisationId, t.Body, t.CreatedAt, t.Status,
        t.StatusChangedBy, t.StatusChangedAt,
        t.Replies.Select(r => new ReplyView(r.Id, r.AuthorId, r.OrganisationId, r.Body, r.CreatedAt)).ToList());

    private static string Actor(StatementCaller caller) => caller.PersonId.ToString("D");

    private static CoDraftException ThreadNotFound() => new(ErrorCodes.ThreadNotFound, "No such comment thread on this statement.");
}
