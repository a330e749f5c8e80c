using CoDraft.Client.Sessions;
using CoDraft.Server.Tests.Hubs.Infrastructure;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Hubs.Traces;

/// <summary>Real concurrent editing sessions, replayed by one live client per agent, end at the trace's final text.</summary>
public sealed class TraceReplayTests
{
    [SkippableTheory]
    [InlineData("friendsforever.json.gz")]
    [InlineData("clownschool.json.gz")]
    public async Task A_concurrent_trace_typed_by_live_clients_ends_at_its_final_text(string file)
    {
        var path = TraceFiles.Find(file);
        Skip.If(path is null, $"Editing trace {file} is not in ../shared/data/editing-traces beside the repository; the replay needs it.");
        var trace = EditingTrace.Load(path);
        Assert.Equal(trace.EndContent, trace.ResolvedEndContent());

        await using var server = await LiveServer.StartAsync(new Dictionary<string, string?> { ["Hub:MaxOpsPerSecond"] = "100000", ["Hub:Burst"] = "100000" });
        var (statementId, _) = await server.Http.CreateStatementAsync("Trace " + file, "");
        var sessions = new List<DraftSession>();
        for (var agent = 0; agent < trace.Agents; agent++)
        {
            sessions.Add((await server.JoinAsync(statementId)).Session);
        }
        var replay = new TraceReplay(trace, sessions);

        await replay.RunAsync();
        await Task.WhenAll(sessions.Select(s => s.WaitForIdleAsync().WaitAsync(Eventually.Timeout)));

        var (stored, version) = await server.Http.GetTextAsync(statementId);
        await Eventually.HoldsAsync(() => sessions.All(s => s.Version == version), "every client has the last version");
        Assert.All(sessions, s => Assert.Equal(stored, s.Text));
        Assert.Equal(trace.EndContent, replay.ToOriginal(stored));
    }
}
