using CoDraft.Core.Accounts;

namespace CoDraft.Core.Storage;

/// <summary>Where a sign-on request stands: waiting for a lead, or decided.</summary>
public enum SignOnStatus
{
    /// <summary>Waiting in the moderation queue.</summary>
    Pending,
    /// <summary>A lead approved it: the organisation is listed under the published statement.</summary>
    Approved,
    /// <summary>A lead rejected it: it is never shown in public.</summary>
    Rejected,
}

/// <summary>
/// An organisation's request, sent from the public page, to be listed under a published statement.
/// <see cref="NameKey"/> is <see cref="Publishing.OrganisationName.Normalise"/> of the name: two pending or approved
/// requests of one statement never share it. The contact person and email are for the leads only, never public.
/// </summary>
public sealed record SignOnRequest(
    Guid Id,
    Guid StatementId,
    string OrganisationName,
    string NameKey,
    string Country,
    OrganisationType Type,
    string? Website,
    string ContactPerson,
    string Email,
    bool ConsentToList,
    SignOnStatus Status,
    DateTimeOffset RequestedAt,
    string? ModeratedBy,
    DateTimeOffset? ModeratedAt);
