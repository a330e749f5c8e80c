namespace CoDraft.Core.Accounts;

/// <summary>
/// An organisation a lead asked to take part in a statement, which does not (yet) take part: its administrators
/// accept (it then becomes a partner and this record goes) or decline (kept, so the leads see the answer).
/// </summary>
public sealed record PartnerInvitation(
    Guid OrganisationId,
    PartnerStatus Status,
    Guid InvitedBy,
    DateTimeOffset InvitedAt,
    Guid? AnsweredBy = null,
    DateTimeOffset? AnsweredAt = null);
