using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using CoDraft.Core.Publishing;

namespace CoDraft.Protocol.Rest;

/// <summary>A new end for the embargo; null, or a time not after now, makes the statement public at once.</summary>
public sealed record PublicFromRequest(DateTimeOffset? PublicFrom);

/// <summary>Where the statement is published for the public, and whether the public can see it yet.</summary>
public sealed record PublicPageView(string Slug, string Path, string Url, DateTimeOffset? PublicFrom, bool IsPublic);

/// <summary>A public statement in the public list.</summary>
public sealed record PublicListItem(string Title, string Slug, string Url, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt, string Sha256, int Signatories);

/// <summary>A sign-on request as accepted: it waits for moderation.</summary>
public sealed record SignOnAccepted(Guid? Id, SignOnStatus Status);

/// <summary>A sign-on request as its statement's leads see it, contact details included.</summary>
public sealed record SignOnRequestView(
    Guid Id, string Organisation, string NameKey, string Country, OrganisationType Type, string? Website, string ContactPerson, string Email,
    bool Consent, SignOnStatus Status, DateTimeOffset RequestedAt, string? ModeratedBy, DateTimeOffset? ModeratedAt);

/// <summary>A correction: the full corrected text and the reason shown in public.</summary>
public sealed record CorrectionRequest(string? Text, string? Reason);

/// <summary>A published correction.</summary>
public sealed record CorrectionView(long Number, string Sha256, string Text, string Reason, DateTimeOffset PublishedAt, string PublishedBy);

/// <summary>An original signatory organisation and its answer to the newest correction.</summary>
public sealed record ReconfirmationStandingView(Guid OrganisationId, string Organisation, ReconfirmationStatus Status, DateTimeOffset? At);

/// <summary>The corrections of a published statement, and who has reconfirmed the newest one.</summary>
public sealed record CorrectionsView(string Sha256, IReadOnlyList<CorrectionView> Corrections, IReadOnlyList<ReconfirmationStandingView> Reconfirmations);

/// <summary>An organisation's answer to a correction: <c>Reconfirmed</c> or <c>Withdrawn</c>.</summary>
public sealed record ReconfirmRequest(ReconfirmationDecision? Decision, Guid? OrganisationId);
