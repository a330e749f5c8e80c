using System.Diagnostics;
using CoDraft.Core.Redlines;

namespace CoDraft.Bench;

/// <summary>
/// Where a redline's time goes: each phase of <see cref="RedlineEngine.Compare"/> on the same pair as
/// <see cref="RedlineTiming"/>, best of 10 after warming up, then the bytes and processor time a whole redline
/// takes. A tool for working on the redline, not a benchmark with a target.
/// </summary>
internal static class RedlinePhases
{
    private const int Runs = 10;

    public static int Run(string trace)
    {
        if (RedlinePair.Load(trace) is not { } pair)
        {
            return 0;
        }
        var (before, after) = pair;
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(3))
        {
            RedlineEngine.Compare(before, after);
        }

        List<SourceBlock> beforeBlocks = [], afterBlocks = [];
        List<RedlineBlock> blocks = [];
        Print("split before", () => beforeBlocks = MarkdownBlockSplitter.Split(before));
        Print("split after", () => afterBlocks = MarkdownBlockSplitter.Split(after));
        Console.WriteLine($"blocks {beforeBlocks.Count} {afterBlocks.Count}");
        Print("align", () => blocks = BlockAligner.Align(beforeBlocks, afterBlocks));
        Print("html", () => RedlineHtmlWriter.Write(blocks));
        Print("stats", () => RedlineStatsCounter.Count(blocks));
        Print("cut all", () => CutAll(new TokenTable(), beforeBlocks, afterBlocks));
        Console.WriteLine($"tokens {CutAll(new TokenTable(), beforeBlocks, afterBlocks)}");
        Print("chunk only", () => Chunk(beforeBlocks.Concat(afterBlocks)));
        Console.WriteLine($"changed {Count(blocks, RedlineChange.Changed)} removed {Count(blocks, RedlineChange.Removed)} added {Count(blocks, RedlineChange.Added)}");

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        RedlineEngine.Compare(before, after);
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine($"allocated per compare {allocated / 1024.0:F0} KB");
        // Processor time is steadier than best-of wall time on a shared machine, and counts the work of every thread.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < 100; i++)
        {
            RedlineEngine.Compare(before, after);
        }
        Console.WriteLine($"processor time per compare {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / 100:F2}");
        Print("total", () => RedlineEngine.Compare(before, after));
        return 0;
    }

    /// <summary>Prints the best of <see cref="Runs"/> timings of <paramref name="phase"/>, in milliseconds.</summary>
    private static void Print(string name, Action phase)
    {
        var best = double.MaxValue;
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            phase();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"{name} {best:F2}");
    }

    private static int CutAll(TokenTable table, List<SourceBlock> before, List<SourceBlock> after) =>
        before.Concat(after).Sum(block => table.Cut(block.Text).Count);

    private static void Chunk(IEnumerable<SourceBlock> blocks)
    {
        foreach (var block in blocks)
        {
            for (var i = 0; i < block.Text.Length; i = RedlineWordChunker.TokenEnd(block.Text, i))
            {
            }
        }
    }

    private static int Count(List<RedlineBlock> blocks, RedlineChange change) => blocks.Count(b => b.Change == change);
}
