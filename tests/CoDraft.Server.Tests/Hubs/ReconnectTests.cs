using System.Text.RegularExpressions;
using CoDraft.Client.Sessions;
using CoDraft.Core.Text;
using CoDraft.Server.Tests.Hubs.Infrastructure;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Hubs;

/// <summary>A client that loses its connection while typing gets it back, and every keystroke lands exactly once.</summary>
public sealed partial class ReconnectTests
{
    private const int Words = 60;

    private static readonly Dictionary<string, string?> Unthrottled = new() { ["Hub:MaxOpsPerSecond"] = "1000", ["Hub:Burst"] = "1000" };

    [Fact]
    public async Task A_client_whose_socket_is_killed_mid_typing_loses_and_doubles_nothing()
    {
        await using var server = await LiveServer.StartAsync(Unthrottled);
        var (statementId, _) = await server.Http.CreateStatementAsync("Letter", "Start.");
        var (typistClient, typist) = await server.JoinAsync(statementId);
        var (_, other) = await server.JoinAsync(statementId);

        var typed = new List<string>();
        for (var i = 0; i < Words; i++)
        {
            typed.Add(TypeAtEnd(typist, $"[t{i}]"));
            typed.Add(TypeAtStart(other, $"[o{i}]"));
            if (i is 15 or 40)
            {
                typistClient.KillSocket();
            }
            await Task.Delay(2);
        }

        await AssertEveryWordOnceAsync(server, statementId, typed, typist, other);
        Assert.Equal(2, typistClient.Reconnections);
    }

    [Fact]
    public async Task A_client_stopped_and_started_again_rejoins_and_sends_what_was_typed_meanwhile()
    {
        await using var server = await LiveServer.StartAsync(Unthrottled);
        var (statementId, _) = await server.Http.CreateStatementAsync("Letter", "Start.");
        var (typistClient, typist) = await server.JoinAsync(statementId);
        var (_, other) = await server.JoinAsync(statementId);

        var typed = new List<string>();
        for (var i = 0; i < Words; i++)
        {
            typed.Add(TypeAtEnd(typist, $"[t{i}]"));
            typed.Add(TypeAtStart(other, $"[o{i}]"));
            if (i == 20)
            {
                await typistClient.Hub.StopAsync();
            }
            if (i == 35)
            {
                await typistClient.Hub.StartAsync();
            }
            await Task.Delay(2);
        }

        await AssertEveryWordOnceAsync(server, statementId, typed, typist, other);
        Assert.Equal(1, typistClient.Reconnections);
    }

    private static string TypeAtEnd(DraftSession session, string word)
    {
        _ = session.Edit(text => new TextOp([OpComponent.Retain(CodePoints.Count(text)), OpComponent.Insert(word)]));
        return word;
    }

    private static string TypeAtStart(DraftSession session, string word)
    {
        _ = session.Insert(0, word);
        return word;
    }

    private static async Task AssertEveryWordOnceAsync(LiveServer server, Guid statementId, List<string> typed, params DraftSession[] sessions)
    {
        await Task.WhenAll(sessions.Select(s => s.WaitForIdleAsync().WaitAsync(Eventually.Timeout)));
        var (stored, version) = await server.Http.GetTextAsync(statementId);
        await Eventually.HoldsAsync(() => sessions.All(s => s.Version == version), "every client has the last version");
        Assert.All(sessions, s => Assert.Equal(stored, s.Text));
        var words = Word().Matches(stored).Select(m => m.Value).Order(StringComparer.Ordinal);
        Assert.Equal(typed.Order(StringComparer.Ordinal), words);
    }

    [GeneratedRegex(@"\[[to]\d+\]")]
    private static partial Regex Word();
}
