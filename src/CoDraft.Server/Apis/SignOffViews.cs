using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;
using CoDraft.Server.Apis.Contracts;
using CoDraft.Server.SignOff;

using CoDraft.Protocol.Rest;

namespace CoDraft.Server.Apis;

/// <summary>The REST views of what the sign-off service returns: a copy field by field, no rule.</summary>
internal static class SignOffViews
{
    public static LifecycleView Lifecycle(StatementLifecycle l) =>
        new(l.StatementId, l.State, l.ChangedAt, l.ChangedBy, Core.Statements.Lifecycle.ByHand(l.State));

    public static SignOffView Status(SignOffStatus s) =>
        new(s.StatementId, s.State, s.HeadVersion, s.HeadSha256, s.Round is { } round ? Round(round) : null, s.CandidateIsCurrentText);

    public static IReadOnlyList<RoundView> Rounds(IReadOnlyList<RoundReport> rounds) => rounds.Select(Round).ToList();

    public static OrganisationRedlineView Redline(OrganisationRedline r) =>
        new(r.OrganisationId, r.Since, r.FromVersion, r.FromSha256, r.ToVersion, r.ToSha256,
            r.Redline is { } redline && r.FromVersion is { } from ? new RedlineView(from, r.ToVersion, redline.Html, redline.Blocks, redline.Stats) : null);

    public static CertificateView Certificate(Certificate c) =>
        new(c.StatementId, c.Title, c.State, c.Version, c.Sha256, c.PublishedAt, c.PublishedBy, c.PublicFrom,
            c.Approvals.Select(a => new CertificateApproval(a.OrganisationId, a.OrganisationName, a.PersonId, a.PersonName, a.At, a.Version, a.Sha256)).ToList(),
            Rounds(c.Rounds), c.AuditIntact, c.AuditEntries, c.AuditHeadHash);

    private static RoundView Round(RoundReport r) =>
        new(r.Id, r.Number, Status(r.Status), r.OpenedAt, r.OpenedBy, r.Deadline, r.Overdue, Candidate(r.Current),
            r.Candidates.Select(Candidate).ToList(),
            r.Organisations.Select(o => new OrganisationStatusView(
                o.OrganisationId, o.Name, o.Status, o.Current is { } d ? Decision(d) : null, o.LastApprovedVersion, o.HasStaleDecisions)).ToList(),
            r.Decisions.Select(Decision).ToList(), r.AllApproved);

    private static RoundStatus Status(RoundPhase phase) => phase switch
    {
        RoundPhase.Open => RoundStatus.Open,
        RoundPhase.Completed => RoundStatus.Completed,
        _ => RoundStatus.Withdrawn,
    };

    private static CandidateView Candidate(SignOffCandidate c) => new(c.Version, c.Sha256, c.IssuedAt);

    private static DecisionView Decision(NamedDecision d) =>
        new(d.OrganisationId, d.OrganisationName, d.PersonId, d.PersonName, d.Kind, d.CandidateVersion, d.CandidateSha256, d.Comment, d.At, d.Stale);
}
