using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Protocol.Rest;

/// <summary>Opens a round on the current version: the organisations whose approval it requires (default: every one on the statement) and an optional deadline.</summary>
public sealed record OpenRoundRequest(IReadOnlyList<Guid>? RequiredOrganisations, DateTimeOffset? Deadline);

/// <summary>
/// A signatory's decision for <paramref name="OrganisationId"/> (default: their own) about the candidate whose text
/// hash they saw (<paramref name="Sha256"/>). A request for changes needs a <paramref name="Comment"/>.
/// </summary>
public sealed record DecisionRequest(Guid? OrganisationId, SignOffDecisionKind? Decision, string? Sha256, string? Comment);

/// <summary>A lifecycle move a lead asks for: back to Drafting (withdraw the round) or, once published, Closed.</summary>
public sealed record TransitionRequest(StatementState? To);

/// <summary>Publishes the approved text, public at once or from <paramref name="PublicFrom"/> (an embargo).</summary>
public sealed record PublishRequest(DateTimeOffset? PublicFrom);

/// <summary>Where a statement is in its life, and the states a lead can move it to from here.</summary>
public sealed record LifecycleView(Guid StatementId, StatementState State, DateTimeOffset? ChangedAt, string? ChangedBy, IReadOnlyList<StatementState> Next);

/// <summary>Whether a round is the one under way, led to publication, or was withdrawn.</summary>
public enum RoundStatus
{
    /// <summary>The statement is in review (or approved) on this round.</summary>
    Open,
    /// <summary>The statement was published from this round.</summary>
    Completed,
    /// <summary>The lead withdrew it (the statement went back to drafting).</summary>
    Withdrawn,
}

/// <summary>A text put to the signatories.</summary>
public sealed record CandidateView(long Version, string Sha256, DateTimeOffset IssuedAt);

/// <summary>A decision, <paramref name="Stale"/> when it is about a text that is no longer the current candidate (kept, never counted).</summary>
public sealed record DecisionView(
    Guid OrganisationId, string OrganisationName, string PersonId, string PersonName, SignOffDecisionKind Kind,
    long CandidateVersion, string CandidateSha256, string? Comment, DateTimeOffset At, bool Stale);

/// <summary>
/// Where one required organisation stands on the current candidate: <c>approved</c>, <c>changes_requested</c>,
/// <c>declined</c> or <c>pending</c>, with the version of the last text it approved (the start of its redline).
/// </summary>
public sealed record OrganisationStatusView(
    Guid OrganisationId, string Name, [property: AllowedValues("approved", "changes_requested", "declined", "pending")] string Status,
    DecisionView? Current, long? LastApprovedVersion, bool HasStaleDecisions);

/// <summary>A sign-off round with its candidates (the last is current), each organisation's standing and every decision.</summary>
public sealed record RoundView(
    Guid Id, int Number, RoundStatus Status, DateTimeOffset OpenedAt, string OpenedBy, DateTimeOffset? Deadline, bool Overdue,
    CandidateView Current, IReadOnlyList<CandidateView> Candidates, IReadOnlyList<OrganisationStatusView> Organisations,
    IReadOnlyList<DecisionView> Decisions, bool AllApproved);

/// <summary>
/// The sign-off state of a statement: its lifecycle state, its head, and the current round if one is open.
/// <paramref name="CandidateIsCurrentText"/> is false when the text changed since the candidate was issued (the lead re-issues).
/// </summary>
public sealed record SignOffView(Guid StatementId, StatementState State, long HeadVersion, string HeadSha256, RoundView? Round, bool CandidateIsCurrentText);

/// <summary>
/// What changed for one organisation: the redline from the text it last approved (<paramref name="Since"/> "approved"),
/// or failing that the last text it decided on ("decided"), to the current candidate. Null redline when it decided on nothing yet ("none").
/// </summary>
public sealed record OrganisationRedlineView(
    Guid OrganisationId, [property: AllowedValues("approved", "decided", "none")] string Since, long? FromVersion, string? FromSha256,
    long ToVersion, string ToSha256, RedlineView? Redline);

/// <summary>A publication, with its text rendered.</summary>
public sealed record PublicationView(
    Guid StatementId, long Version, string Sha256, string Text, string Html, DateTimeOffset PublishedAt, string PublishedBy, DateTimeOffset? PublicFrom);

/// <summary>One audit entry as stored, with its details as JSON and the actor's name when it is a person.</summary>
public sealed record AuditEntryView(long Sequence, DateTimeOffset At, string Actor, string? ActorName, string Action, JsonElement Details, string PreviousHash, string Hash);

/// <summary>An organisation's approval of the published text.</summary>
public sealed record CertificateApproval(Guid OrganisationId, string OrganisationName, string PersonId, string PersonName, DateTimeOffset At, long Version, string Sha256);

/// <summary>
/// The certificate of completion: the published text's hash, each required organisation's approval of exactly it,
/// every round with its candidates and decisions, and the audit chain's verification.
/// </summary>
public sealed record CertificateView(
    Guid StatementId, string Title, StatementState State, long Version, string Sha256, DateTimeOffset PublishedAt, string PublishedBy,
    DateTimeOffset? PublicFrom, IReadOnlyList<CertificateApproval> Approvals, IReadOnlyList<RoundView> Rounds,
    bool AuditIntact, int AuditEntries, string? AuditHeadHash);
