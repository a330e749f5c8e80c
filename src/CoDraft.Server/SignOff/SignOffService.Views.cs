using CoDraft.Core.Audit;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Redlines;
using CoDraft.Core.Storage;

namespace CoDraft.Server.SignOff;

public sealed partial class SignOffService
{
    /// <summary>The statement's state, head, and current round with each organisation's standing.</summary>
    public async Task<SignOffStatus> ViewAsync(Guid statementId, CancellationToken ct)
    {
        var state = (await store.FindLifecycleAsync(statementId, ct)).State;
        var (text, version) = await editor.ReadHeadAsync(statementId, ct);
        var sha256 = TextHash.Sha256(text);
        var rounds = await RoundsAsync(statementId, state, sha256, ct);
        var open = rounds.Count > 0 && rounds[^1].Status == RoundPhase.Open ? rounds[^1] : null;
        return new SignOffStatus(statementId, state, version, sha256, open, open?.Current.Sha256 == sha256);
    }

    /// <summary>Every round of the statement, oldest first, with its status, decisions and standings.</summary>
    public async Task<IReadOnlyList<RoundReport>> RoundsAsync(Guid statementId, CancellationToken ct)
    {
        var state = (await store.FindLifecycleAsync(statementId, ct)).State;
        var (text, _) = await editor.ReadHeadAsync(statementId, ct);
        return await RoundsAsync(statementId, state, TextHash.Sha256(text), ct);
    }

    /// <summary>
    /// The redline an organisation needs: from the text it last approved (in any round) to the current candidate;
    /// failing an approval, from the last text it decided on.
    /// </summary>
    public async Task<OrganisationRedline> RedlineForAsync(Guid statementId, Guid organisationId, CancellationToken ct)
    {
        var rounds = await signOffs.ListRoundsAsync(statementId, ct);
        var state = (await store.FindLifecycleAsync(statementId, ct)).State;
        if (rounds.Count == 0 || state == StatementState.Drafting)
        {
            throw new LifecycleException(ErrorCodes.NoOpenRound, state, "No sign-off round is open: there is no candidate to compare with.");
        }
        var candidate = rounds[^1].Round.Current;
        var own = rounds.SelectMany(r => r.Decisions).Where(d => d.OrganisationId == organisationId).OrderBy(d => d.At).ToList();
        var (since, from) = own.LastOrDefault(d => d.Kind == SignOffDecisionKind.Approve) is { } approval ? ("approved", approval)
            : own.LastOrDefault() is { } decided ? ("decided", decided)
            : ("none", (SignOffDecision?)null);
        if (from is null)
        {
            return new OrganisationRedline(organisationId, since, null, null, candidate.Version, candidate.Sha256, null);
        }
        var before = await VersionText.ReadAsync(snapshots, opLog, statementId, from.CandidateVersion, ct);
        var after = await VersionText.ReadAsync(snapshots, opLog, statementId, candidate.Version, ct);
        var redline = RedlineEngine.Compare(before, after);
        return new OrganisationRedline(organisationId, since, from.CandidateVersion, from.CandidateSha256, candidate.Version, candidate.Sha256, redline);
    }

    /// <summary>The certificate of completion of a published statement.</summary>
    public async Task<Certificate> CertificateAsync(Guid statementId, CancellationToken ct)
    {
        var statement = await statements.FindStatementAsync(statementId, ct) ?? throw new CoDraftException(ErrorCodes.StatementNotFound, "No such statement.");
        var state = (await store.FindLifecycleAsync(statementId, ct)).State;
        if (await publications.FindPublicationAsync(statementId, ct) is not { } publication)
        {
            throw new LifecycleException(ErrorCodes.NotPublished, state, "The certificate of completion exists once the statement is published.");
        }
        var names = new ParticipantNames(accounts);
        var stored = await signOffs.ListRoundsAsync(statementId, ct);
        var rounds = await RoundsAsync(stored, state, publication.Sha256, names, ct);
        var final = stored[^1];
        var approvals = new List<CertifiedApproval>();
        foreach (var organisationId in final.Round.RequiredOrganisations)
        {
            var approval = final.Decisions.Last(d => d.OrganisationId == organisationId && d.CandidateSha256 == publication.Sha256 && d.Kind == SignOffDecisionKind.Approve);
            approvals.Add(new CertifiedApproval(organisationId, await names.OrganisationAsync(organisationId, ct), approval.PersonId,
                await names.PersonAsync(approval.PersonId, ct), approval.At, approval.CandidateVersion, approval.CandidateSha256));
        }
        var verification = AuditChain.Verify(await auditLog.ListAuditAsync(statementId, ct));
        return new Certificate(statementId, statement.Title, state, publication.Version, publication.Sha256, publication.PublishedAt,
            await names.PersonAsync(publication.PublishedBy, ct), publication.PublicFrom, approvals, rounds,
            verification.IsIntact, verification.VerifiedEntries, verification.HeadHash);
    }

    private async Task<IReadOnlyList<RoundReport>> RoundsAsync(Guid statementId, StatementState state, string headSha256, CancellationToken ct) =>
        await RoundsAsync(await signOffs.ListRoundsAsync(statementId, ct), state, headSha256, new ParticipantNames(accounts), ct);

    private async Task<IReadOnlyList<RoundReport>> RoundsAsync(
        IReadOnlyList<SignOffRoundRecord> rounds, StatementState state, string headSha256, ParticipantNames names, CancellationToken ct)
    {
        var views = new List<RoundReport>(rounds.Count);
        for (var i = 0; i < rounds.Count; i++)
        {
            var status = i < rounds.Count - 1 || state == StatementState.Drafting ? RoundPhase.Withdrawn
                : state is StatementState.Published or StatementState.Closed ? RoundPhase.Completed
                : RoundPhase.Open;
            views.Add(await RoundViewAsync(rounds[i], i + 1, status, headSha256, names, ct));
        }
        return views;
    }

    private async Task<RoundReport> RoundViewAsync(SignOffRoundRecord stored, int number, RoundPhase status, string headSha256, ParticipantNames names, CancellationToken ct)
    {
        var round = stored.Round;
        var decisions = new List<NamedDecision>(stored.Decisions.Count);
        foreach (var d in stored.Decisions)
        {
            decisions.Add(await DecisionViewAsync(d, round.Current, names, ct));
        }
        var organisations = new List<OrganisationStanding>();
        foreach (var standing in round.Tally(stored.Decisions))
        {
            var current = standing.Current is { } c ? await DecisionViewAsync(c, round.Current, names, ct) : null;
            var label = standing.Current?.Kind switch
            {
                SignOffDecisionKind.Approve => "approved",
                SignOffDecisionKind.RequestChanges => "changes_requested",
                SignOffDecisionKind.Decline => "declined",
                _ => "pending",
            };
            organisations.Add(new OrganisationStanding(standing.OrganisationId, await names.OrganisationAsync(standing.OrganisationId, ct),
                label, current, standing.LastApprovedVersion, standing.HasStaleDecisions));
        }
        var overdue = status == RoundPhase.Open && round.Deadline is { } deadline && deadline < clock.GetUtcNow();
        return new RoundReport(round.Id, number, status, stored.OpenedAt, await names.PersonAsync(stored.OpenedBy, ct), round.Deadline, overdue,
            round.Current, round.Candidates, organisations, decisions,
            round.AllApproved(stored.Decisions, headSha256));
    }

    private static async Task<NamedDecision> DecisionViewAsync(SignOffDecision d, SignOffCandidate current, ParticipantNames names, CancellationToken ct) =>
        new(d.OrganisationId, await names.OrganisationAsync(d.OrganisationId, ct), d.PersonId, await names.PersonAsync(d.PersonId, ct), d.Kind,
            d.CandidateVersion, d.CandidateSha256, d.Comment, d.At, Stale: d.CandidateSha256 != current.Sha256 || d.CandidateVersion != current.Version);
}
