using CoDraft.Core.Review;

namespace CoDraft.Core.Tests.Review;

public sealed class SuggestionPlanTests
{
    private const string Text = "We ask the 😀 EU to act now.";

    [Fact]
    public void Suggestions_that_do_not_overlap_are_all_applied_wherever_they_are()
    {
        var plan = SuggestionPlan.For(Text, [On(23, 26, "today"), On(3, 6, "urge"), On(11, 15, "European Union")]);

        Assert.Equal("We urge the European Union to act today.", plan.Text);
        Assert.Equal(3, plan.Applied.Count);
        Assert.Empty(plan.Skipped);
    }

    [Fact]
    public void A_suggestion_overlapping_an_earlier_one_is_skipped_but_touching_ranges_are_not_overlaps()
    {
        var first = On(3, 10, "call on");
        var overlapping = On(7, 15, "Brussels");
        var touching = On(10, 15, " the Union");

        var plan = SuggestionPlan.For(Text, [first, overlapping, touching]);

        Assert.Equal("We call on the Union to act now.", plan.Text);
        Assert.Equal([first, touching], plan.Applied);
        Assert.Equal([(overlapping, SuggestionPlan.SkipReason.Overlaps)], plan.Skipped);
    }

    [Fact]
    public void A_suggestion_whose_range_no_longer_reads_as_its_quote_or_is_orphaned_is_never_applied()
    {
        var edited = On(3, 6, "urge") with { Anchor = new Anchor(3, 6, "beg", false) };
        var orphaned = On(3, 6, "urge") with { Anchor = new Anchor(3, 3, "ask", true) };

        var plan = SuggestionPlan.For(Text, [edited, orphaned]);

        Assert.Equal(Text, plan.Text);
        Assert.Empty(plan.Applied);
        Assert.All(plan.Skipped, s => Assert.Equal(SuggestionPlan.SkipReason.EditedSince, s.Reason));
    }

    private static Suggestion On(int start, int end, string replacement) =>
        new(Guid.NewGuid(), Guid.Empty, Anchor.On(Text, start, end), 1, replacement, Guid.NewGuid(), Guid.NewGuid(),
            DateTimeOffset.UnixEpoch, 1, SuggestionState.Open, null, null, null);
}
