using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Core.Tests.SignOff;

public sealed class SignOffRoundTests
{
    private static readonly Guid Lead = Guid.NewGuid(), PartnerA = Guid.NewGuid(), PartnerB = Guid.NewGuid();
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private static readonly string DraftText = "We call on the EU.", EditedText = "We urge the EU.";

    private static SignOffRound Round(params (long Version, string Text)[] candidates) => new(
        Guid.NewGuid(), Guid.NewGuid(), [Lead, PartnerA, PartnerB], null,
        candidates.Select((c, i) => new SignOffCandidate(c.Version, TextHash.Sha256(c.Text), T0.AddHours(i))).ToList());

    private static SignOffDecision Decide(Guid org, SignOffDecisionKind kind, long version, string text, int minute) =>
        new(org, $"signatory-of-{org}", kind, version, TextHash.Sha256(text), null, T0.AddMinutes(minute));

    [Fact]
    public void Publishing_is_allowed_once_every_required_organisation_approved_the_exact_text()
    {
        var round = Round((5, DraftText));
        var decisions = new[] { Lead, PartnerA, PartnerB }.Select((o, i) => Decide(o, SignOffDecisionKind.Approve, 5, DraftText, i)).ToList();

        Assert.True(round.AllApproved(decisions, TextHash.Sha256(DraftText)));
        Assert.All(round.Tally(decisions), o => Assert.True(o.Approved));
    }

    [Fact]
    public void One_missing_organisation_blocks_publishing()
    {
        var round = Round((5, DraftText));
        var decisions = new[] { Decide(Lead, SignOffDecisionKind.Approve, 5, DraftText, 0), Decide(PartnerA, SignOffDecisionKind.Approve, 5, DraftText, 1) };

        Assert.False(round.AllApproved(decisions, TextHash.Sha256(DraftText)));
        Assert.Null(round.Tally(decisions).Single(o => o.OrganisationId == PartnerB).Current);
    }

    [Fact]
    public void Approval_of_stale_hash_is_not_counted_and_is_kept_as_history()
    {
        var round = Round((5, DraftText), (6, EditedText));
        var decisions = new[]
        {
            Decide(Lead, SignOffDecisionKind.Approve, 6, EditedText, 10),
            Decide(PartnerA, SignOffDecisionKind.Approve, 6, EditedText, 11),
            Decide(PartnerB, SignOffDecisionKind.Approve, 5, DraftText, 1),
        };

        var partnerB = round.Tally(decisions).Single(o => o.OrganisationId == PartnerB);

        Assert.False(round.AllApproved(decisions, TextHash.Sha256(EditedText)));
        Assert.False(partnerB.Approved);
        Assert.True(partnerB.HasStaleDecisions);
        Assert.Equal(5, partnerB.LastApprovedVersion);
    }

    [Fact]
    public void Publishing_a_text_other_than_the_candidate_is_refused_even_with_every_approval()
    {
        var round = Round((5, DraftText));
        var decisions = new[] { Lead, PartnerA, PartnerB }.Select((o, i) => Decide(o, SignOffDecisionKind.Approve, 5, DraftText, i));

        Assert.False(round.AllApproved(decisions, TextHash.Sha256(DraftText + " ")));
    }

    [Fact]
    public void A_later_request_for_changes_withdraws_an_approval()
    {
        var round = Round((5, DraftText));
        var decisions = new[] { Lead, PartnerA, PartnerB }.Select((o, i) => Decide(o, SignOffDecisionKind.Approve, 5, DraftText, i))
            .Append(Decide(PartnerA, SignOffDecisionKind.RequestChanges, 5, DraftText, 30)).ToList();

        Assert.False(round.AllApproved(decisions, TextHash.Sha256(DraftText)));
        Assert.Equal(SignOffDecisionKind.RequestChanges, round.Tally(decisions).Single(o => o.OrganisationId == PartnerA).Current?.Kind);
    }

    [Fact]
    public void Decisions_of_organisations_not_required_do_not_count()
    {
        var round = Round((5, DraftText));
        var outsider = Guid.NewGuid();
        var decisions = new[] { Lead, PartnerA, outsider }.Select((o, i) => Decide(o, SignOffDecisionKind.Approve, 5, DraftText, i));

        Assert.False(round.AllApproved(decisions, TextHash.Sha256(DraftText)));
        Assert.DoesNotContain(round.Tally(decisions), o => o.OrganisationId == outsider);
    }
}
