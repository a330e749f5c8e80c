using System.Diagnostics;
using CoDraft.Core.Review;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Server.Editing;
using CoDraft.Server.Review;
using CoDraft.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoDraft.Bench;

/// <summary>
/// What moving comment anchors costs the editing path: the acknowledged op rate of <c>writers</c> typists on one
/// statement that carries <c>anchors</c> comment threads, with every anchor moved by every op (and written back in
/// batches), against the same run on a statement whose anchors are not tracked. Same process, fresh files.
/// </summary>
internal static class AnchorRate
{
    private const int Writers = 64;

    public static async Task<int> RunAsync(int anchors, int seconds)
    {
        var baseline = await MeasureAsync(anchors, seconds, trackAnchors: false);
        var tracked = await MeasureAsync(anchors, seconds, trackAnchors: true);
        Console.WriteLine($"without anchor tracking: {baseline.Rate:F0} acked ops/s; with {anchors} anchors: {tracked.Rate:F0} acked ops/s");
        Console.WriteLine($"anchor batches written: {tracked.Batches} for {tracked.Ops} ops");
        Console.WriteLine($"anchors n={anchors} {baseline.Rate:F0} {tracked.Rate:F0} {tracked.Rate / baseline.Rate:F2}");
        return 0;
    }

    private static async Task<(double Rate, long Ops, long Batches)> MeasureAsync(int anchors, int seconds, bool trackAnchors)
    {
        var folder = Directory.CreateTempSubdirectory("codraft-bench-");
        try
        {
            await using var sqlite = new SqliteDraftStore(new SqliteStoreOptions { Path = Path.Combine(folder.FullName, "bench.db") });
            await sqlite.InitializeAsync();
            var reviewOptions = new ReviewOptions();
            var listener = new ReviewAnchors(sqlite, sqlite, Options.Create(reviewOptions), NullLogger<ReviewAnchors>.Instance);
            var editor = new DraftEditor(sqlite, sqlite, sqlite, sqlite, new RevisionRecorder(sqlite, sqlite, sqlite, TimeProvider.System), Options.Create(new EditingOptions()),
                trackAnchors ? [listener] : [], TimeProvider.System, NullLogger<DraftEditor>.Instance);
            var now = DateTimeOffset.UtcNow;
            var id = Guid.NewGuid();
            await sqlite.CreateStatementAsync(new StatementRecord(id, "bench", 0, "bench", now, now));
            const string Sentence = "We call on the EU to protect children online. ";
            var text = string.Concat(Enumerable.Repeat(Sentence, anchors));
            var start = await editor.ReplaceTextAsync(id, 0, text, "bench");
            for (var i = 0; i < anchors; i++)
            {
                var anchor = Anchor.On(text, i * Sentence.Length + 15, i * Sentence.Length + 17);
                await sqlite.AddThreadAsync(new CommentThread(Guid.NewGuid(), id, anchor, start.Version, Guid.Empty, Guid.Empty, "EU?", now,
                    ThreadStatus.Open, null, null, []));
            }

            var acked = 0L;
            var stop = Stopwatch.StartNew();
            var deadline = TimeSpan.FromSeconds(seconds);
            await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
            {
                var version = start.Version;
                var random = new Random(w);
                for (var seq = 0L; stop.Elapsed < deadline; seq++)
                {
                    var op = new TextOp([OpComponent.Retain(random.Next(text.Length)), OpComponent.Insert("k")]);
                    version = (await editor.SubmitAsync(new Submission(id, version, $"w{w}", seq, op, "bench"))).Version;
                    Interlocked.Increment(ref acked);
                }
            })));
            var rate = acked / stop.Elapsed.TotalSeconds;
            var stored = await sqlite.ListThreadsAsync(id);
            var batches = trackAnchors ? stored.Max(t => t.AnchorVersion) / reviewOptions.PersistAnchorsEvery : 0;
            return (rate, acked, batches);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
