using System.Collections.Concurrent;
using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    private const int Writers = 8;
    private const int SubmissionsPerWriter = 12;

    /// <summary>
    /// Far more attempts than any fair store needs (each conflict means another writer made progress), so that a
    /// store that never commits fails the test instead of hanging it.
    /// </summary>
    private const int MaxAttemptsPerSubmission = 1_000;

    [SkippableFact]
    public async Task Concurrent_writers_each_win_distinct_versions_and_leave_no_gaps()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);

        var winners = await RaceAsync(statement, Enumerable.Repeat(store, Writers).ToArray());

        await AssertLogMatchesWinnersAsync(store, statement, winners);
    }

    [SkippableFact]
    public async Task Two_instances_on_the_same_data_arbitrate_versions_between_them()
    {
        var first = await NewStoreAsync();
        var statement = await CreatedAsync(first);
        var second = await SecondInstanceAsync(first);

        var winners = await RaceAsync(statement, Enumerable.Range(0, Writers).Select(i => i % 2 == 0 ? first : second).ToArray());

        await AssertLogMatchesWinnersAsync(first, statement, winners);
        Assert.Equal(await WholeLogAsync(first, statement.Id), await WholeLogAsync(second, statement.Id));
    }

    /// <summary>Each writer submits its ops one by one at the head it reads, retrying on conflicts, all at once.</summary>
    private static async Task<ConcurrentDictionary<long, CommittedOp>> RaceAsync(StatementRecord statement, IDraftStore[] writers)
    {
        var winners = new ConcurrentDictionary<long, CommittedOp>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = writers.Select((store, writer) => Task.Run(async () =>
        {
            await start.Task;
            for (var seq = 1; seq <= SubmissionsPerWriter; seq++)
            {
                for (var attempt = 1; ; attempt++)
                {
                    Assert.True(attempt <= MaxAttemptsPerSubmission, $"writer {writer} never committed seq {seq}");
                    var head = (await store.FindStatementAsync(statement.Id))!.Version;
                    var op = StoreTestData.Insert(statement, head + 1, $"w{writer}s{seq}", $"writer-{writer}", seq);
                    var outcome = await store.AppendAsync([op]);
                    Assert.NotEqual(AppendStatus.DuplicateSubmission, outcome.Status);
                    if (outcome.Status == AppendStatus.Committed)
                    {
                        Assert.True(winners.TryAdd(op.Version, op), $"version {op.Version} was committed twice");
                        break;
                    }
                }
            }
        })).ToArray();
        start.SetResult();
        await Task.WhenAll(racing);
        return winners;
    }

    private static async Task AssertLogMatchesWinnersAsync(
        IDraftStore store, StatementRecord statement, ConcurrentDictionary<long, CommittedOp> winners)
    {
        const int total = Writers * SubmissionsPerWriter;
        var log = await WholeLogAsync(store, statement.Id);
        Assert.Equal(Enumerable.Range(1, total).Select(v => (long)v), log.Select(op => op.Version));
        Assert.Equal(winners.OrderBy(w => w.Key).Select(w => w.Value), log);
        Assert.Equal(total, log.Select(op => (op.ClientId, op.Seq)).Distinct().Count());
        Assert.Equal(total, (await store.FindStatementAsync(statement.Id))!.Version);
    }
}
