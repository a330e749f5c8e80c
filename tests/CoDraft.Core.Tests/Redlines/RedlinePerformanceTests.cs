using System.Diagnostics;
using System.Text;
using CoDraft.Core.Redlines;

namespace CoDraft.Core.Tests.Redlines;

public sealed class RedlinePerformanceTests
{
    private const int TextLength = 100_000;

    /// <summary>Generous for a busy shared machine and a debug build: on an idle one a redline of this size takes about a tenth of it.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    [Fact]
    public void An_edited_100_KB_statement_redlines_within_a_second()
    {
        var before = Statement(seed: 1, TextLength);
        var after = Edit(before, seed: 2);

        var (redline, elapsed) = TimedCompare(before, after);

        Assert.True(redline.Stats.BlocksChanged > 100, $"only {redline.Stats.BlocksChanged} blocks changed");
        Assert.Equal(1, redline.Stats.BlocksMoved);
        Assert.True(elapsed < Budget, $"took {elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public void A_complete_rewrite_of_100_KB_redlines_within_a_second()
    {
        var (redline, elapsed) = TimedCompare(Statement(seed: 3, TextLength), Statement(seed: 4, TextLength));

        Assert.True(redline.Stats.WordsInserted > 10_000, $"only {redline.Stats.WordsInserted} words inserted");
        Assert.True(elapsed < Budget, $"took {elapsed.TotalMilliseconds} ms");
    }

    /// <summary>The best of three runs, after a warm-up, so that a busy machine does not fail the test.</summary>
    private static (Redline Redline, TimeSpan Elapsed) TimedCompare(string before, string after)
    {
        RedlineEngine.Compare(before[..2_000], after[..2_000]);
        Redline? redline = null;
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            redline = RedlineEngine.Compare(before, after);
            best = stopwatch.Elapsed < best ? stopwatch.Elapsed : best;
        }
        return (redline!, best);
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
