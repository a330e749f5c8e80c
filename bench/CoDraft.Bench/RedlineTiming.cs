using System.Diagnostics;
using System.Globalization;
using System.Text;
using CoDraft.Core.Redlines;

namespace CoDraft.Bench;

/// <summary>
/// Redlines a pair of snapshots of an editing trace (<see cref="RedlinePair"/>: at 80 % of its patches and at its end)
/// with CoDraft's Markdown-aware redline, and in the same run with <c>git diff --no-index --word-diff</c> on the
/// same pair written to files. The last line is machine-readable:
/// <c>redline &lt;trace&gt; &lt;bytes_before&gt; &lt;bytes_after&gt; &lt;codraft_ms&gt; &lt;git_ms&gt; &lt;git/codraft&gt;</c>.
/// </summary>
internal static class RedlineTiming
{
    /// <summary>Timed runs of each side after warming up; the best counts.</summary>
    private const int Runs = 5;

    /// <summary>
    /// A server redlines in a long-running process, so CoDraft is measured warm: calls are repeated for this long
    /// first, until the runtime has compiled the hot paths with full optimisation. git runs as a fresh process each
    /// time, which is how it is used.
    /// </summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static int Run(string trace)
    {
        if (RedlinePair.Load(trace) is not { } pair)
        {
            return 0;
        }
        var (before, after) = pair;

        var folder = Directory.CreateTempSubdirectory("codraft-redline-");
        try
        {
            var beforeFile = Path.Combine(folder.FullName, "before.md");
            var afterFile = Path.Combine(folder.FullName, "after.md");
            File.WriteAllText(beforeFile, before);
            File.WriteAllText(afterFile, after);

            var stats = RedlineEngine.Compare(before, after).Stats;
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed < WarmUp)
            {
                RedlineEngine.Compare(before, after);
            }
            var codraftMs = Best(() => RedlineEngine.Compare(before, after));
            var gitMs = Best(() => GitWordDiff(beforeFile, afterFile));
            var bytesBefore = Encoding.UTF8.GetByteCount(before);
            var bytesAfter = Encoding.UTF8.GetByteCount(after);
            Console.WriteLine($"{trace}: {bytesBefore} → {bytesAfter} bytes; {stats.WordsInserted} words inserted, {stats.WordsDeleted} deleted, {stats.BlocksChanged} blocks changed");
            Console.WriteLine($"CoDraft redline best of {Runs}: {codraftMs:F1} ms; git diff --word-diff best of {Runs}: {gitMs:F1} ms");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"redline {trace} {bytesBefore} {bytesAfter} {codraftMs:F1} {gitMs:F1} {gitMs / codraftMs:F2}"));
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void GitWordDiff(string beforeFile, string afterFile)
    {
        var start = new ProcessStartInfo("git", ["diff", "--no-index", "--word-diff", "--no-color", beforeFile, afterFile])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var git = Process.Start(start) ?? throw new InvalidOperationException("git could not be started.");
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        // git diff exits 1 when the files differ, which they do.
        if (git.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"git diff failed with exit code {git.ExitCode}.");
        }
    }

    private static double Best(Action run)
    {
        run();
        var best = double.MaxValue;
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
