namespace CoDraft.Server.Review;

/// <summary>
/// What a decision on suggestions did: the version the text is at afterwards, the suggestions accepted, rejected and
/// superseded (open ones whose range overlapped an accepted one), and those skipped and left open.
/// </summary>
public sealed record SuggestionDecisions(
    long Version, IReadOnlyList<Guid> Accepted, IReadOnlyList<Guid> Rejected, IReadOnlyList<Guid> Superseded,
    IReadOnlyList<SkippedSuggestionReason> Skipped);
