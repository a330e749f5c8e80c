namespace CoDraft.Server.SignOff;

/// <summary>
/// Where one required organisation stands on the current candidate: <c>approved</c>, <c>changes_requested</c>,
/// <c>declined</c> or <c>pending</c>, with the version of the last text it approved (the start of its redline).
/// </summary>
public sealed record OrganisationStanding(
    Guid OrganisationId, string Name, string Status, NamedDecision? Current, long? LastApprovedVersion, bool HasStaleDecisions);
