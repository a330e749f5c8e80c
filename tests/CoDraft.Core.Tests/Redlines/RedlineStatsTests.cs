using CoDraft.Core.Redlines;

namespace CoDraft.Core.Tests.Redlines;

public sealed class RedlineStatsTests
{
    [Fact]
    public void A_changed_comma_changes_the_block_but_no_words()
    {
        var stats = RedlineEngine.Compare("We ask, firmly, for action.", "We ask firmly for action.").Stats;

        Assert.Equal(new RedlineStats(0, 0, 0, 0, 1, 0), stats);
    }

    [Fact]
    public void Markup_of_an_added_list_item_is_not_counted_as_a_word()
    {
        var stats = RedlineEngine.Compare("- one\n", "- one\n- **two** items\n").Stats;

        Assert.Equal(new RedlineStats(2, 0, 1, 0, 0, 0), stats);
    }

    [Fact]
    public void A_replaced_word_counts_once_inserted_and_once_deleted()
    {
        var stats = RedlineEngine.Compare("Children deserve safety online.", "Children deserve protection online.").Stats;

        Assert.Equal(new RedlineStats(1, 1, 0, 0, 1, 0), stats);
    }

    [Fact]
    public void A_moved_block_counts_no_words()
    {
        var stats = RedlineEngine.Compare("First.\n\nSecond.\n\nThird.\n", "Second.\n\nThird.\n\nFirst.\n").Stats;

        Assert.Equal(new RedlineStats(0, 0, 0, 0, 0, 1), stats);
    }

    [Fact]
    public void Counting_words_skips_whitespace_and_punctuation_but_counts_each_Han_character()
    {
        Assert.Equal(5, RedlineStatsCounter.CountWords("## Hello, world — 我们 👍🏽!"));
    }
}
