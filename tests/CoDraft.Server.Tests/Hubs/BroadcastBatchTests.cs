using System.Collections.Concurrent;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;
using CoDraft.Server.Tests.Hubs.Infrastructure;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CoDraft.Server.Tests.Hubs;

/// <summary>Ops committed in one group commit go out as one message, and every client still sees every version in order.</summary>
public sealed class BroadcastBatchTests
{
    private const int Typists = 8;
    private const int OpsEach = 25;

    [Fact]
    public async Task Ops_committed_together_arrive_in_one_message_and_in_version_order()
    {
        // Each write takes 100 ms more, as on a busy disk: a fast disk could otherwise flush every op before the next
        // typist's arrives, and nothing would be committed together.
        await using var server = await LiveServer.StartAsync(
            new Dictionary<string, string?> { ["Hub:MaxOpsPerSecond"] = "1000", ["Hub:Burst"] = "1000" },
            services => SlowWriteStore.Register(services, TimeSpan.FromMilliseconds(100)));
        var (statementId, _) = await server.Http.CreateStatementAsync("Open letter", "");
        var observer = await server.ConnectAsync();
        var versions = new ConcurrentQueue<long>();
        var batchSizes = new ConcurrentQueue<int>();
        observer.Hub.OpCommitted += m => versions.Enqueue(m.Version);
        observer.Hub.Connection.On<OpBatchMessage>("OpsCommitted", batch => batchSizes.Enqueue(batch.Ops.Count));
        await observer.Hub.JoinAsync(statementId);
        var typists = new List<LiveServer.LiveClient>();
        for (var i = 0; i < Typists; i++)
        {
            var typist = await server.ConnectAsync();
            await typist.Hub.JoinAsync(statementId);
            typists.Add(typist);
        }

        // Every typist fires all its submissions at once, so that they queue behind each other's writes.
        await Task.WhenAll(typists.SelectMany((typist, t) => Enumerable.Range(1, OpsEach).Select(seq =>
            typist.Hub.SubmitAsync(new SubmitRequest(statementId, 0, $"typist-{t}", seq, new TextOp([OpComponent.Insert($"<{t}.{seq}>")]))))));

        await Eventually.HoldsAsync(() => versions.Count >= Typists * OpsEach, "the observer has every op");
        Assert.Equal(Enumerable.Range(1, Typists * OpsEach).Select(v => (long)v), versions);
        Assert.True(batchSizes.Any(size => size > 1), "some ops committed together came as one message");
    }
}
