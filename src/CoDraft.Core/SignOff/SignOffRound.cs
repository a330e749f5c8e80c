namespace CoDraft.Core.SignOff;

/// <summary>
/// A sign-off round: the organisations whose approval is required, an optional deadline, and the candidates put to
/// them, the last being current. Re-issuing after the text changed adds a candidate; decisions stay with the hash
/// they were made on.
/// </summary>
public sealed record SignOffRound(
    Guid Id,
    Guid StatementId,
    IReadOnlyList<Guid> RequiredOrganisations,
    DateTimeOffset? Deadline,
    IReadOnlyList<SignOffCandidate> Candidates)
{
    /// <summary>The candidate the signatories are asked about now.</summary>
    public SignOffCandidate Current => Candidates[^1];

    /// <summary>Where each required organisation stands, given every decision made in this round.</summary>
    public IReadOnlyList<OrganisationSignOff> Tally(IEnumerable<SignOffDecision> decisions)
    {
        var byOrganisation = decisions.GroupBy(d => d.OrganisationId).ToDictionary(g => g.Key, g => g.OrderBy(d => d.At).ToList());
        return RequiredOrganisations.Select(org =>
        {
            var own = byOrganisation.GetValueOrDefault(org) ?? [];
            var current = own.LastOrDefault(d => d.CandidateSha256 == Current.Sha256 && d.CandidateVersion == Current.Version);
            var lastApproval = own.LastOrDefault(d => d.Kind == SignOffDecisionKind.Approve);
            return new OrganisationSignOff(org, current, lastApproval?.CandidateVersion, own.Any(d => d.CandidateSha256 != Current.Sha256));
        }).ToList();
    }

    /// <summary>
    /// The publish guard: true only when every required organisation's latest decision is an approval of exactly
    /// <paramref name="textSha256"/>, the hash of the text about to be published, and that is the current candidate.
    /// </summary>
    public bool AllApproved(IEnumerable<SignOffDecision> decisions, string textSha256) =>
        textSha256 == Current.Sha256 && Tally(decisions).All(o => o.Approved);
}
