namespace CoDraft.Server.SignOff;

/// <summary>An organisation's approval of the published text, with the names of the organisation and the signatory.</summary>
public sealed record CertifiedApproval(Guid OrganisationId, string OrganisationName, string PersonId, string PersonName, DateTimeOffset At, long Version, string Sha256);
