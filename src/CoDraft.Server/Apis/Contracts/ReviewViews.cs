using CoDraft.Core.Review;

using CoDraft.Protocol.Rest;

namespace CoDraft.Server.Apis.Contracts;

/// <summary>
/// The REST and hub views of review items, made from Core's types only, for the endpoints and the hub alike (a thread
/// reads the same whichever way it reaches a client).
/// </summary>
public static class ReviewViews
{
    /// <summary>A thread whose anchor is current at its <see cref="CommentThread.AnchorVersion"/>.</summary>
    public static ThreadView Thread(CommentThread t) => new(
        t.Id, t.StatementId, AnchorView.From(t.Anchor, t.AnchorVersion), t.AuthorId, t.OrganisationId, t.Body, t.CreatedAt, t.Status,
        t.StatusChangedBy, t.StatusChangedAt,
        t.Replies.Select(r => new ReplyView(r.Id, r.AuthorId, r.OrganisationId, r.Body, r.CreatedAt)).ToList());

    /// <summary>A suggestion; <paramref name="editedSince"/> as the service found it.</summary>
    public static SuggestionView Suggestion(Suggestion s, bool editedSince) => new(
        s.Id, s.StatementId, AnchorView.From(s.Anchor, s.AnchorVersion), s.Replacement, s.AuthorId, s.OrganisationId, s.CreatedAt, s.BaseVersion,
        s.State, editedSince, s.DecidedBy, s.DecidedAt, s.AppliedVersion);
}
