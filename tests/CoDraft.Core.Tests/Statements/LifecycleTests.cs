using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Core.Tests.Statements;

public sealed class LifecycleTests
{
    [Theory]
    [InlineData(StatementState.Drafting, StatementState.InReview)]
    [InlineData(StatementState.InReview, StatementState.Approved)]
    [InlineData(StatementState.InReview, StatementState.Drafting)]
    [InlineData(StatementState.Approved, StatementState.Published)]
    [InlineData(StatementState.Approved, StatementState.InReview)]
    [InlineData(StatementState.Published, StatementState.Closed)]
    public void The_forward_path_and_the_way_back_to_review_are_allowed(StatementState from, StatementState to) =>
        Assert.True(Lifecycle.CanMove(from, to));

    [Theory]
    [InlineData(StatementState.Drafting, StatementState.Published)]
    [InlineData(StatementState.Drafting, StatementState.Approved)]
    [InlineData(StatementState.InReview, StatementState.Published)]
    [InlineData(StatementState.Published, StatementState.Drafting)]
    [InlineData(StatementState.Closed, StatementState.Published)]
    public void Skipping_review_or_unpublishing_is_not_allowed(StatementState from, StatementState to) =>
        Assert.False(Lifecycle.CanMove(from, to));

    [Fact]
    public void Published_and_closed_text_can_no_longer_be_edited()
    {
        Assert.True(Lifecycle.TextIsOpen(StatementState.Drafting));
        Assert.False(Lifecycle.TextIsOpen(StatementState.Published));
        Assert.False(Lifecycle.TextIsOpen(StatementState.Closed));
    }

    [Theory]
    [InlineData(StatementState.InReview, true, StatementState.Approved)]
    [InlineData(StatementState.Approved, false, StatementState.InReview)]
    public void A_decision_settles_review_into_approved_and_a_lost_approval_back(StatementState state, bool allApproved, StatementState settled) =>
        Assert.Equal(settled, Lifecycle.Settle(state, allApproved));

    [Theory]
    [InlineData(StatementState.InReview, false)]
    [InlineData(StatementState.Approved, true)]
    [InlineData(StatementState.Drafting, true)]
    [InlineData(StatementState.Published, false)]
    [InlineData(StatementState.Closed, true)]
    public void Otherwise_a_decision_leaves_the_state_as_it_is(StatementState state, bool allApproved) =>
        Assert.Null(Lifecycle.Settle(state, allApproved));
}
