using CoDraft.Core.Redlines;
using CsCheck;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace CoDraft.Core.Tests.Redlines;

/// <summary>
/// The redline's differs must choose the changes DiffPlex chooses, or redlines would read differently than before;
/// DiffPlex, diffing the same sequences written one number per line, is the reference.
/// </summary>
public sealed class MyersDiffTests
{
    /// <summary>Few distinct numbers, so that the sequences share many and several shortest diffs are common.</summary>
    private static readonly Gen<int[]> Sequence = Gen.Int[0, 3].Array[0, 40];

    /// <summary>A longer sequence and a lightly edited copy of it, as a changed paragraph's tokens are.</summary>
    private static readonly Gen<(int[] Before, int[] After)> EditedSequence =
        Gen.Select(Gen.Int[0, 5].Array[50, 400], Gen.Int, (before, seed) => (before, Edit(before, seed)));

    [Fact]
    public void The_word_diff_finds_the_changes_DiffPlex_finds()
    {
        Gen.Select(Sequence, Sequence).Sample((before, after) =>
            Assert.Equal(DiffPlexRuns(before, after), Runs(MyersDiff.Diff(before, after))));
    }

    [Fact]
    public void The_word_diff_of_an_edited_long_sequence_finds_the_changes_DiffPlex_finds()
    {
        EditedSequence.Sample(pair =>
            Assert.Equal(DiffPlexRuns(pair.Before, pair.After), Runs(MyersDiff.Diff(pair.Before, pair.After))), iter: 500);
    }

    [Fact]
    public void The_block_diff_by_number_finds_the_changes_DiffPlex_finds_by_text()
    {
        Gen.Select(Sequence, Sequence).Sample((before, after) =>
            Assert.Equal(DiffPlexRuns(before, after), Runs(NumberedDiffer.Diff(before, after))));
    }

    [Fact]
    public void Nothing_changed_gives_no_runs_and_everything_changed_gives_one()
    {
        Assert.Empty(MyersDiff.Diff([1, 2, 3], [1, 2, 3]));
        Assert.Equal([(0, 3, 0, 2)], Runs(MyersDiff.Diff([1, 2, 3], [4, 5])));
        Assert.Equal([(0, 0, 0, 2)], Runs(MyersDiff.Diff([], [4, 5])));
    }

    private static int[] Edit(int[] tokens, int seed)
    {
        var random = new Random(seed);
        var edited = new List<int>();
        foreach (var token in tokens)
        {
            switch (random.Next(20))
            {
                case 0:
                    break;
                case 1:
                    edited.Add(random.Next(6));
                    break;
                case 2:
                    edited.Add(token);
                    edited.Add(random.Next(6));
                    break;
                default:
                    edited.Add(token);
                    break;
            }
        }
        return edited.ToArray();
    }

    private static List<(int, int, int, int)> DiffPlexRuns(int[] before, int[] after) =>
        Runs(Differ.Instance.CreateDiffs(Lines(before), Lines(after), ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance).DiffBlocks);

    private static string Lines(int[] sequence) => string.Join('\n', sequence);

    private static List<(int, int, int, int)> Runs(IEnumerable<DiffBlock> runs) =>
        runs.Select(r => (r.DeleteStartA, r.DeleteCountA, r.InsertStartB, r.InsertCountB)).ToList();
}
