using System.Diagnostics;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Server.Editing;
using CoDraft.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoDraft.Bench;

/// <summary>
/// Durable commit rate of the embedded store through the real editing path: <c>writers</c> concurrent typists on
/// one statement, each submitting its next keystroke as soon as the previous one is acknowledged (acknowledged =
/// committed with synchronous=FULL). Runs once with groups of one op (the baseline) and once with group commit,
/// in the same process on fresh files, and prints both rates and their ratio.
/// </summary>
internal static class CommitRate
{
    public static async Task<int> RunAsync(int writers, int seconds)
    {
        var single = await MeasureAsync(writers, seconds, maxGroup: 1);
        var grouped = await MeasureAsync(writers, seconds, maxGroup: new EditingOptions().MaxCommitGroup);
        Console.WriteLine($"ungrouped: {single:F0} acked ops/s; grouped: {grouped:F0} acked ops/s");
        Console.WriteLine($"commit-rate writers={writers} {single:F0} {grouped:F0} {grouped / single:F1}");
        return 0;
    }

    private static async Task<double> MeasureAsync(int writers, int seconds, int maxGroup)
    {
        var folder = Directory.CreateTempSubdirectory("codraft-bench-");
        try
        {
            await using var store = new SqliteDraftStore(new SqliteStoreOptions { Path = Path.Combine(folder.FullName, "bench.db") });
            await store.InitializeAsync();
            var options = new EditingOptions { MaxCommitGroup = maxGroup };
            var editor = new DraftEditor(store, store, store, store, new RevisionRecorder(store, store, store, TimeProvider.System), Options.Create(options), [],
                TimeProvider.System, NullLogger<DraftEditor>.Instance);
            var now = DateTimeOffset.UtcNow;
            var id = Guid.NewGuid();
            await store.CreateStatementAsync(new StatementRecord(id, "bench", 0, "bench", now, now));

            var acked = 0L;
            var stop = Stopwatch.StartNew();
            var deadline = TimeSpan.FromSeconds(seconds);
            await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
            {
                long version = 0;
                for (var seq = 0L; stop.Elapsed < deadline; seq++)
                {
                    var op = new TextOp([OpComponent.Insert("k")]);
                    version = (await editor.SubmitAsync(new Submission(id, version, $"w{w}", seq, op, "bench"))).Version;
                    Interlocked.Increment(ref acked);
                }
            })));
            return acked / stop.Elapsed.TotalSeconds;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
