using CoDraft.Client.Sessions;
using CoDraft.Core.Text;
using CoDraft.Server.Tests.Hubs.Infrastructure;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Hubs;

/// <summary>Real clients on real connections editing one statement at once.</summary>
public sealed class LiveEditingTests
{
    private const int Clients = 8;
    private const int EditsPerClient = 40;

    private static readonly string[] Snippets = ["a", "xy", "😀", "é", " ", "\n", "die EU "];

    [Fact]
    public async Task Eight_clients_typing_at_once_end_with_the_stored_text()
    {
        await using var server = await LiveServer.StartAsync(new Dictionary<string, string?> { ["Hub:MaxOpsPerSecond"] = "1000", ["Hub:Burst"] = "1000" });
        var (statementId, _) = await server.Http.CreateStatementAsync("Open letter", "Wir fordern 😀 die EU");
        var sessions = new List<DraftSession>();
        for (var i = 0; i < Clients; i++)
        {
            sessions.Add((await server.JoinAsync(statementId)).Session);
        }

        await Task.WhenAll(sessions.Select((session, i) => Task.Run(() => TypeAsync(session, new Random(1000 + i)))));
        await Task.WhenAll(sessions.Select(s => s.WaitForIdleAsync()));
        var (stored, version) = await server.Http.GetTextAsync(statementId);
        await Eventually.HoldsAsync(() => sessions.All(s => s.Version == version), "every client has the last version");

        Assert.All(sessions, s => Assert.Equal(stored, s.Text));
        Assert.True(version > Clients, "the edits were committed as more than one op per client");
    }

    [Fact]
    public async Task A_rest_update_reaches_every_participant()
    {
        await using var server = await LiveServer.StartAsync();
        var (statementId, version) = await server.Http.CreateStatementAsync("Open letter", "Draft");
        var (_, first) = await server.JoinAsync(statementId);
        var (_, second) = await server.JoinAsync(statementId);
        var seen = new TaskCompletionSource<RemoteChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        first.RemoteChanged += (_, change) => seen.TrySetResult(change);

        var updated = await server.Http.PutTextAsync(statementId, version, "Final draft");

        var change = await seen.Task.WaitAsync(Eventually.Timeout);
        Assert.Equal(updated, change.Version);
        Assert.Equal("Final draft", first.Text);
        await Eventually.HoldsAsync(() => second.Text == "Final draft", "the second participant has the update");
    }

    private static async Task TypeAsync(DraftSession session, Random random)
    {
        for (var i = 0; i < EditsPerClient; i++)
        {
            _ = session.Edit(text =>
            {
                var length = CodePoints.Count(text);
                if (length > 0 && random.Next(3) == 0)
                {
                    var position = random.Next(length);
                    var count = 1 + random.Next(Math.Min(4, length - position));
                    return new TextOp(position == 0 ? [OpComponent.DeleteCount(count)] : [OpComponent.Retain(position), OpComponent.DeleteCount(count)]);
                }
                var at = random.Next(length + 1);
                var snippet = Snippets[random.Next(Snippets.Length)];
                return new TextOp(at == 0 ? [OpComponent.Insert(snippet)] : [OpComponent.Retain(at), OpComponent.Insert(snippet)]);
            });
            await Task.Delay(random.Next(3));
        }
    }
}
