using System.ComponentModel.DataAnnotations;
using CoDraft.Core.Review;

namespace CoDraft.Protocol.Rest;

/// <summary>
/// A new comment thread on [<paramref name="Start"/>, <paramref name="End"/>) in code points of the text at
/// <paramref name="Version"/> (the current version when omitted), with its first comment.
/// </summary>
public sealed record CreateThreadRequest(int? Start, int? End, long? Version, string? Body);

/// <summary>A reply to a thread.</summary>
public sealed record ReplyRequest(string? Body);

/// <summary>A proposed replacement of [<paramref name="Start"/>, <paramref name="End"/>) (code points at <paramref name="Version"/>, current when omitted).</summary>
public sealed record CreateSuggestionRequest(int? Start, int? End, long? Version, string? Replacement);

/// <summary>Which open suggestions accept-all or reject-all decides: those of one author or of one organisation.</summary>
public sealed record DecideAllRequest(Guid? AuthorId, Guid? OrganisationId);

/// <summary>
/// Where a comment or suggestion is, as of <paramref name="Version"/>: the current range in code points, the quote
/// it was made on, and its state, "ok" or "orphaned" (its whole text was deleted; the range is then empty).
/// </summary>
public sealed record AnchorView(int Start, int End, string Quote, [property: AllowedValues("ok", "orphaned")] string State, long Version);

/// <summary>One reply of a thread.</summary>
public sealed record ReplyView(Guid Id, Guid AuthorId, Guid OrganisationId, string Body, DateTimeOffset CreatedAt);

/// <summary>A comment thread with its current anchor and its replies, oldest first.</summary>
public sealed record ThreadView(
    Guid Id, Guid StatementId, AnchorView Anchor, Guid AuthorId, Guid OrganisationId, string Body, DateTimeOffset CreatedAt,
    ThreadStatus Status, Guid? StatusChangedBy, DateTimeOffset? StatusChangedAt, IReadOnlyList<ReplyView> Replies);

/// <summary>
/// A suggestion with its current anchor. <paramref name="EditedSince"/> is true for an open suggestion whose passage
/// no longer reads as its quote (edited or deleted since): it cannot be accepted as it stands.
/// </summary>
public sealed record SuggestionView(
    Guid Id, Guid StatementId, AnchorView Anchor, string Replacement, Guid AuthorId, Guid OrganisationId, DateTimeOffset CreatedAt,
    long BaseVersion, SuggestionState State, bool EditedSince, Guid? DecidedBy, DateTimeOffset? DecidedAt, long? AppliedVersion);

/// <summary>A suggestion left open by accept-all or the preview, and why: "edited_since" or "overlaps" (an earlier one).</summary>
public sealed record SkippedSuggestion(Guid Id, string Reason);

/// <summary>
/// What a decision did: the version the text is at afterwards, the suggestions accepted, rejected and superseded (open
/// ones whose range overlapped an accepted one), and those skipped and left open.
/// </summary>
public sealed record DecisionReport(
    long Version, IReadOnlyList<Guid> Accepted, IReadOnlyList<Guid> Rejected, IReadOnlyList<Guid> Superseded, IReadOnlyList<SkippedSuggestion> Skipped);

/// <summary>The text at <paramref name="Version"/> with every applicable open suggestion accepted, as Markdown and as sanitised HTML.</summary>
public sealed record SuggestionPreview(long Version, string Text, string Html, IReadOnlyList<Guid> Applied, IReadOnlyList<SkippedSuggestion> Skipped);
