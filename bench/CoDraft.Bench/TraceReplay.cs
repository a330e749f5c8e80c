using System.Diagnostics;
using System.Globalization;
using CoDraft.Core.Text;

namespace CoDraft.Bench;

/// <summary>
/// Replays an editing trace through <see cref="LiveText"/> and through naive immutable string splicing, checks that
/// both end at the trace's end text, and prints the times. The last line is machine-readable:
/// <c>replay &lt;trace&gt; &lt;patches&gt; &lt;codraft_ms&gt; &lt;naive_ms&gt; &lt;ratio&gt;</c>.
/// </summary>
internal static class TraceReplay
{
    /// <summary>Timed runs of LiveText after one warm-up run; the best counts.</summary>
    private const int LiveTextRuns = 5;

    /// <summary>Naive runs take seconds each, so the first doubles as warm-up and the best of these counts.</summary>
    private const int NaiveRuns = 2;

    public static int Run(string trace)
    {
        if (RepoPaths.TryLoadTrace(trace) is not { } loaded)
        {
            return 0;
        }
        Console.WriteLine($"{trace}: {loaded.Ops.Count} patches, {CodePoints.Count(loaded.EndContent)} code points at the end");

        ReplayLiveText(loaded);
        var liveMs = Best(LiveTextRuns, () => ReplayLiveText(loaded));
        var naiveMs = Best(NaiveRuns, () => ReplayNaive(loaded));

        Console.WriteLine($"LiveText best of {LiveTextRuns}: {liveMs:F1} ms; naive best of {NaiveRuns}: {naiveMs:F1} ms");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"replay {trace} {loaded.Ops.Count} {liveMs:F1} {naiveMs:F1} {naiveMs / liveMs:F1}"));
        return 0;
    }

    private static double Best(int runs, Action replay)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            replay();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        return best;
    }

    private static void ReplayLiveText(EditingTrace trace)
    {
        var text = new LiveText(trace.StartContent);
        foreach (var op in trace.Ops)
        {
            text.Apply(op);
        }
        Verify("LiveText", text.ToString(), trace.EndContent);
    }

    private static void ReplayNaive(EditingTrace trace)
    {
        var text = trace.StartContent;
        foreach (var op in trace.Ops)
        {
            text = Splice(text, op);
        }
        Verify("naive", text, trace.EndContent);
    }

    // A patch is at most a retain, an insert and a delete: prefix + inserted + suffix, positions converted from
    // code points as any correct implementation must.
    private static string Splice(string text, TextOp op)
    {
        var position = 0;
        var deleted = 0;
        var inserted = "";
        foreach (var c in op.Components)
        {
            switch (c.Kind)
            {
                case OpComponentKind.Retain:
                    position = c.Count;
                    break;
                case OpComponentKind.Insert:
                    inserted = c.Text!;
                    break;
                default:
                    deleted = c.Count;
                    break;
            }
        }
        var start = CodePoints.ToUtf16Index(text, position);
        var end = start + CodePoints.ToUtf16Index(text.AsSpan(start), deleted);
        return string.Concat(text.AsSpan(0, start), inserted, text.AsSpan(end));
    }

    private static void Verify(string replayer, string actual, string expected)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"{replayer} replay did not end at the trace's end text.");
        }
    }
}
