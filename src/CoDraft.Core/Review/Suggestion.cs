namespace CoDraft.Core.Review;

/// <summary>
/// A proposed replacement of a passage: <see cref="Anchor"/>'s text (quoted as it was on <see cref="BaseVersion"/>)
/// by <see cref="Replacement"/>. The anchor moves with every op like a comment's (see
/// <see cref="CommentThread.AnchorVersion"/>). A decision records who took it and when; an accepted suggestion also
/// records the version its op became (<see cref="AppliedVersion"/>).
/// </summary>
public sealed record Suggestion(
    Guid Id,
    Guid StatementId,
    Anchor Anchor,
    long AnchorVersion,
    string Replacement,
    Guid AuthorId,
    Guid OrganisationId,
    DateTimeOffset CreatedAt,
    long BaseVersion,
    SuggestionState State,
    Guid? DecidedBy,
    DateTimeOffset? DecidedAt,
    long? AppliedVersion);
