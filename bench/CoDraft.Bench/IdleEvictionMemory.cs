using System.Diagnostics;
using System.Runtime;
using System.Text;
using CoDraft.Core.Storage;
using CoDraft.Server.Editing;
using CoDraft.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoDraft.Bench;

/// <summary>
/// Memory of a server that opens many statements one after another, as one does over a day: the process's RSS
/// before any is opened, at the peak (every one opened, none evicted yet), and after an eviction pass
/// (<see cref="DraftEditor.EvictIdleAsync"/>, as <c>Editing:IdleEvictSeconds</c> makes the server run). The
/// statements are written beforehand by another editor instance, which is dropped before measuring.
/// </summary>
internal static class IdleEvictionMemory
{
    /// <summary>About the size of an open letter of a few pages.</summary>
    private const int TextBytes = 16 * 1024;

    public static async Task<int> RunAsync(int statements)
    {
        var folder = Directory.CreateTempSubdirectory("codraft-bench-evict-");
        try
        {
            await using var store = new SqliteDraftStore(new SqliteStoreOptions { Path = Path.Combine(folder.FullName, "bench.db") });
            await store.InitializeAsync();
            var ids = await CreateAsync(store, statements);

            // The idle time is what the eviction pass checks; the bench runs that pass itself, once all are open.
            var clock = new ShiftedClock();
            var editor = new DraftEditor(store, store, store, store, new RevisionRecorder(store, store, store, clock), Options.Create(new EditingOptions()), [],
                clock, NullLogger<DraftEditor>.Instance);
            var before = SettledRssMb();
            var peak = before;
            var opened = Stopwatch.StartNew();
            for (var i = 0; i < ids.Count; i++)
            {
                await editor.ReadHeadAsync(ids[i]);
                if (i % 500 == 499)
                {
                    peak = Math.Max(peak, RssMb());
                }
            }
            var openMs = opened.Elapsed.TotalMilliseconds;
            var atPeak = SettledRssMb();
            peak = Math.Max(peak, atPeak);
            var open = editor.OpenStatements;

            clock.Shift(TimeSpan.FromSeconds(new EditingOptions().IdleEvictSeconds + 1));
            var evicting = Stopwatch.StartNew();
            var evicted = await editor.EvictIdleAsync();
            var evictMs = evicting.Elapsed.TotalMilliseconds;
            var after = SettledRssMb();

            Console.WriteLine($"Opened {open} statements of {TextBytes / 1024} KiB in {openMs:F0} ms; evicted {evicted} in {evictMs:F0} ms; {editor.OpenStatements} left open.");
            Console.WriteLine($"RSS: {before:F1} MB before, {peak:F1} MB at the peak ({atPeak:F1} MB settled), {after:F1} MB after eviction.");
            Console.WriteLine($"evict statements={statements} text_kib={TextBytes / 1024} rss_before_mb={before:F1} rss_peak_mb={peak:F1} rss_after_mb={after:F1} open_after={editor.OpenStatements}");
            GC.KeepAlive(editor);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<List<Guid>> CreateAsync(SqliteDraftStore store, int statements)
    {
        var writer = new DraftEditor(store, store, store, store, new RevisionRecorder(store, store, store, TimeProvider.System), Options.Create(new EditingOptions()), [],
            TimeProvider.System, NullLogger<DraftEditor>.Instance);
        var ids = new List<Guid>(statements);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < statements; i++)
        {
            var id = Guid.NewGuid();
            await store.CreateStatementAsync(new StatementRecord(id, $"Statement {i}", 0, "bench", now, now));
            await writer.ReplaceTextAsync(id, 0, Letter(i), "bench");
            ids.Add(id);
        }
        return ids;
    }

    private static string Letter(int i)
    {
        var text = new StringBuilder($"# Open letter {i}\n\n");
        while (text.Length < TextBytes)
        {
            text.Append("We, the undersigned organisations, call on the Commission to protect children online. ");
        }
        return text.ToString(0, TextBytes);
    }

    /// <summary>RSS after a full, compacting collection: what the process keeps, not garbage waiting to be collected.</summary>
    private static double SettledRssMb()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return RssMb();
    }

    private static double RssMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / (1024.0 * 1024.0);
    }

    /// <summary>The system clock, moved forward on request: the statements' idle time passes without waiting for it.</summary>
    private sealed class ShiftedClock : TimeProvider
    {
        private long offsetTicks;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(offsetTicks);

        public override long GetTimestamp() => base.GetTimestamp() + (long)((double)offsetTicks * TimestampFrequency / TimeSpan.TicksPerSecond);

        public void Shift(TimeSpan by) => offsetTicks += by.Ticks;
    }
}
