namespace CoDraft.Core.Review;

/// <summary>
/// A comment on a passage of a statement and the replies to it. <see cref="Anchor"/> is where the passage is as
/// of <see cref="AnchorVersion"/>: stores move anchors in batches, and whoever reads one brings it up to the current
/// version by the ops committed after <see cref="AnchorVersion"/>. <see cref="StatusChangedBy"/> and
/// <see cref="StatusChangedAt"/> say who last resolved or reopened it (null while that never happened).
/// </summary>
public sealed record CommentThread(
    Guid Id,
    Guid StatementId,
    Anchor Anchor,
    long AnchorVersion,
    Guid AuthorId,
    Guid OrganisationId,
    string Body,
    DateTimeOffset CreatedAt,
    ThreadStatus Status,
    Guid? StatusChangedBy,
    DateTimeOffset? StatusChangedAt,
    IReadOnlyList<CommentReply> Replies)
{
    /// <summary>Value equality including the replies, in order.</summary>
    public bool Equals(CommentThread? other) =>
        other is not null &&
        (Id, StatementId, Anchor, AnchorVersion, AuthorId, OrganisationId, Body, CreatedAt, Status, StatusChangedBy, StatusChangedAt) ==
        (other.Id, other.StatementId, other.Anchor, other.AnchorVersion, other.AuthorId, other.OrganisationId, other.Body, other.CreatedAt,
            other.Status, other.StatusChangedBy, other.StatusChangedAt) &&
        Replies.SequenceEqual(other.Replies);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, AnchorVersion, Status, Replies.Count);
}
