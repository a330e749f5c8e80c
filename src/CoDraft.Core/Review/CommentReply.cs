namespace CoDraft.Core.Review;

/// <summary>One answer in a comment thread, by a person of an organisation.</summary>
public sealed record CommentReply(Guid Id, Guid AuthorId, Guid OrganisationId, string Body, DateTimeOffset CreatedAt);
