using System.Text;
using CoDraft.Core.Redlines;

namespace CoDraft.Core.Tests.Redlines;

/// <summary>
/// Redlines of statements of about 100 KB, long enough that the redline shares its work with a second processor
/// (<see cref="RedlineLimits.MinParallelSplitLength"/>). How fast they are is measured by the redline benchmark
/// (bench/README.md), not here.
/// </summary>
public sealed class RedlineLongTextTests
{
    private const int TextLength = 100_000;

    [Fact]
    public void An_edited_100_KB_statement_shows_its_edits_block_by_block()
    {
        var before = Statement(seed: 1, TextLength);
        var after = Edit(before, seed: 2);

        var redline = RedlineEngine.Compare(before, after);

        Assert.True(redline.Stats.BlocksChanged > 100, $"only {redline.Stats.BlocksChanged} blocks changed");
        Assert.Equal(1, redline.Stats.BlocksMoved);
        AssertEachChangedBlockHasItsOwnWordDiff(redline);
    }

    [Fact]
    public void A_complete_rewrite_of_100_KB_is_redlined_whole()
    {
        var redline = RedlineEngine.Compare(Statement(seed: 3, TextLength), Statement(seed: 4, TextLength));

        Assert.True(redline.Stats.WordsInserted > 10_000, $"only {redline.Stats.WordsInserted} words inserted");
        AssertEachChangedBlockHasItsOwnWordDiff(redline);
    }

    [Fact]
    public void A_long_redline_is_the_same_every_time()
    {
        var before = Statement(seed: 5, TextLength);
        var after = Edit(before, seed: 6);

        var first = RedlineEngine.Compare(before, after);

        for (var run = 0; run < 5; run++)
        {
            Assert.Equal(first.Html, RedlineEngine.Compare(before, after).Html);
        }
    }

    /// <summary>
    /// The word diffs of a long redline are made on several threads: each changed block must carry the diff of its
    /// own two texts, as made on its own.
    /// </summary>
    private static void AssertEachChangedBlockHasItsOwnWordDiff(Redline redline)
    {
        foreach (var block in redline.Blocks.Where(b => b.Change == RedlineChange.Changed))
        {
            var table = new TokenTable();
            var expected = WordDiff.Segments(table.Cut(block.Before!), table.Cut(block.After!));
            Assert.Equal(expected, block.Segments);
        }
    }

    private static readonly string[] Vocabulary =
    [
        "children", "online", "safety", "platforms", "must", "the", "Commission", "protect", "design", "risk",
        "we", "call", "on", "to", "and", "of", "a", "in", "for", "independent", "audits", "reporting", "Member",
        "States", "privacy", "evidence", "coalition", "**urgent**", "rights", "by", "default",
    ];

    /// <summary>A statement of headings, paragraphs and lists of about <paramref name="length"/> characters.</summary>
    private static string Statement(int seed, int length)
    {
        var random = new Random(seed);
        var text = new StringBuilder(length + 1_000);
        var section = 0;
        while (text.Length < length)
        {
            text.Append("## Section ").Append(++section).Append("\n\n");
            for (var paragraph = 0; paragraph < 4; paragraph++)
            {
                text.Append(Sentence(random, 30)).Append("\n\n");
            }
            for (var item = 0; item < 3; item++)
            {
                text.Append("- ").Append(Sentence(random, 8)).Append('\n');
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Replaces a word in every third block, drops every tenth and moves the second to the end.</summary>
    private static string Edit(string text, int seed)
    {
        var random = new Random(seed);
        var blocks = new List<string>();
        foreach (var (block, index) in text.Split("\n\n").Select((b, i) => (b, i)))
        {
            if (index % 10 == 5)
            {
                continue;
            }
            var words = block.Split(' ');
            if (index % 3 == 0)
            {
                words[random.Next(words.Length)] = "changed";
            }
            blocks.Add(string.Join(' ', words));
        }
        blocks.Add(blocks[1]);
        blocks.RemoveAt(1);
        return string.Join("\n\n", blocks);
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])) + ".";
}
