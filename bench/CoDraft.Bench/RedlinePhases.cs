using System.Diagnostics;
using CoDraft.Core.Redlines;
using CoDraft.Core.Text;

namespace CoDraft.Bench;

/// <summary>
/// Where a redline's time goes: each phase of <see cref="RedlineEngine.Compare"/> on the same pair as
/// <see cref="RedlineTiming"/>, best of 10 after warming up. A tool for working on the redline, not a benchmark with
/// a target.
/// </summary>
internal static class RedlinePhases
{
    public static int Run(string trace)
    {
        var path = Path.Combine(RepoPaths.Root(), "..", "shared", "data", "editing-traces", trace + ".json.gz");
        if (!File.Exists(path))
        {
            Console.WriteLine($"Trace file not found: {Path.GetFullPath(path)}; nothing to redline.");
            return 0;
        }
        var loaded = EditingTrace.Load(path);
        var text = new LiveText(loaded.StartContent);
        var cut = (int)(loaded.Ops.Count * 0.8);
        for (var i = 0; i < cut; i++) text.Apply(loaded.Ops[i]);
        var before = text.ToString();
        var after = loaded.EndContent;
        var w = Stopwatch.StartNew();
        while (w.Elapsed < TimeSpan.FromSeconds(3)) RedlineEngine.Compare(before, after);
        double Best(Action a) { var best = double.MaxValue; for (var i = 0; i < 10; i++) { var c = Stopwatch.StartNew(); a(); best = Math.Min(best, c.Elapsed.TotalMilliseconds); } return best; }
        List<SourceBlock> sb = null!, sa = null!; List<RedlineBlock> blocks = null!;
        Console.WriteLine($"split before {Best(() => sb = MarkdownBlockSplitter.Split(before)):F2}");
        Console.WriteLine($"split after {Best(() => sa = MarkdownBlockSplitter.Split(after)):F2}");
        Console.WriteLine($"blocks {sb.Count} {sa.Count}");
        Console.WriteLine($"align {Best(() => blocks = BlockAligner.Align(sb, sa)):F2}");
        Console.WriteLine($"html {Best(() => RedlineHtmlWriter.Write(blocks)):F2}");
        Console.WriteLine($"stats {Best(() => RedlineStatsCounter.Count(blocks)):F2}");
        Console.WriteLine($"cut all {Best(() => { var t = new TokenTable(); foreach (var b in sb) t.Cut(b.Text); foreach (var b in sa) t.Cut(b.Text); }):F2}");
        var tt = new TokenTable(); var tb = sb.Select(b => tt.Cut(b.Text)).ToList(); var ta = sa.Select(b => tt.Cut(b.Text)).ToList();
        Console.WriteLine($"tokens {tb.Sum(x => x.Count)} {ta.Sum(x => x.Count)}");
        Console.WriteLine($"chunk only {Best(() => { foreach (var b in sb) { var s = b.Text; for (var i = 0; i < s.Length; i = RedlineWordChunker.TokenEnd(s, i)) { } } foreach (var b in sa) { var s = b.Text; for (var i = 0; i < s.Length; i = RedlineWordChunker.TokenEnd(s, i)) { } } }):F2}");
        var changed = blocks.Count(b => b.Change == RedlineChange.Changed);
        Console.WriteLine($"changed {changed} removed {blocks.Count(b => b.Change == RedlineChange.Removed)} added {blocks.Count(b => b.Change == RedlineChange.Added)}");
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        RedlineEngine.Compare(before, after);
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine($"allocated per compare {allocated / 1024.0:F0} KB");
        // Processor time is steadier than best-of wall time on a shared machine, and counts the work of every thread.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < 100; i++) RedlineEngine.Compare(before, after);
        Console.WriteLine($"processor time per compare {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / 100:F2}");
        Console.WriteLine($"total {Best(() => RedlineEngine.Compare(before, after)):F2}");
        return 0;
    }
}
