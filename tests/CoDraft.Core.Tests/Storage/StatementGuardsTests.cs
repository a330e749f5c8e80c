using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;

namespace CoDraft.Core.Tests.Storage;

/// <summary>The checks both store adapters make inside their transactions, on the values they read there.</summary>
public sealed class StatementGuardsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly SignOffCandidate Current = new(12, "aa11", Now);

    [Fact]
    public void A_state_change_applies_only_from_its_state_and_at_its_head_version_when_it_names_one()
    {
        var approve = new StateChange(Guid.NewGuid(), StatementState.InReview, StatementState.Approved, "lead", Now, HeadVersion: 12);

        Assert.True(StatementGuards.CanChangeState(approve, StatementState.InReview, 12));
        Assert.False(StatementGuards.CanChangeState(approve, StatementState.InReview, 13));
        Assert.False(StatementGuards.CanChangeState(approve, StatementState.Drafting, 12));
        Assert.True(StatementGuards.CanChangeState(approve with { HeadVersion = null }, StatementState.InReview, 13));
    }

    [Theory]
    [InlineData(StatementState.Drafting, true)]
    [InlineData(StatementState.InReview, false)]
    [InlineData(StatementState.Published, false)]
    public void A_round_opens_only_while_drafting(StatementState state, bool opens) =>
        Assert.Equal(opens, StatementGuards.CanOpenRound(state));

    [Fact]
    public void A_new_candidate_needs_review_the_current_round_and_a_different_text()
    {
        var next = new SignOffCandidate(13, "bb22", Now);

        Assert.True(StatementGuards.CanAddCandidate(StatementState.InReview, Current, next));
        Assert.False(StatementGuards.CanAddCandidate(StatementState.InReview, Current, Current with { IssuedAt = Now.AddHours(1) }));
        Assert.False(StatementGuards.CanAddCandidate(StatementState.InReview, null, next));
        Assert.False(StatementGuards.CanAddCandidate(StatementState.Approved, Current, next));
    }

    [Fact]
    public void A_decision_counts_only_for_the_current_candidate_while_in_review_or_approved()
    {
        var approve = new SignOffDecision(Guid.NewGuid(), "signatory", SignOffDecisionKind.Approve, 12, "aa11", null, Now);

        Assert.True(StatementGuards.CanDecide(StatementState.InReview, Current, approve));
        Assert.True(StatementGuards.CanDecide(StatementState.Approved, Current, approve));
        Assert.False(StatementGuards.CanDecide(StatementState.Drafting, Current, approve));
        Assert.False(StatementGuards.CanDecide(StatementState.InReview, null, approve));
        Assert.False(StatementGuards.CanDecide(StatementState.InReview, Current, approve with { CandidateSha256 = "cc33" }));
        Assert.False(StatementGuards.CanDecide(StatementState.InReview, Current, approve with { CandidateVersion = 11 }));
    }

    [Fact]
    public void Publishing_is_refused_unless_approved_at_the_version_published()
    {
        var publication = new Publication(Guid.NewGuid(), 12, "aa11", "Text", Now, "lead", null);

        Assert.Null(StatementGuards.PublishRefusal(publication, StatementState.Approved, 12));
        Assert.Equal(new PublishOutcome(PublishStatus.HeadMoved, StatementState.Approved, 13),
            StatementGuards.PublishRefusal(publication, StatementState.Approved, 13));
        Assert.Equal(new PublishOutcome(PublishStatus.NotApproved, StatementState.InReview, 12),
            StatementGuards.PublishRefusal(publication, StatementState.InReview, 12));
    }

    [Fact]
    public void Sign_on_requests_start_pending_and_moderation_decides_them()
    {
        Assert.Throws<ArgumentException>(() => StatementGuards.ValidateSignOnDecision(SignOnStatus.Pending));
        StatementGuards.ValidateSignOnDecision(SignOnStatus.Approved);
        StatementGuards.ValidateSignOnDecision(SignOnStatus.Rejected);
    }
}
