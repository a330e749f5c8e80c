using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Server.SignOff;

/// <summary>A decision with the names of its organisation and person, <paramref name="Stale"/> when it is about a text that is no longer the current candidate.</summary>
public sealed record NamedDecision(
    Guid OrganisationId, string OrganisationName, string PersonId, string PersonName, SignOffDecisionKind Kind,
    long CandidateVersion, string CandidateSha256, string? Comment, DateTimeOffset At, bool Stale);
