using System.Collections.Concurrent;
using System.Text.Json;
using CoDraft.Client.Transport;
using CoDraft.Core.Errors;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;
using CoDraft.Server.Tests.Hubs.Infrastructure;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CoDraft.Server.Tests.SignOff;

/// <summary>Live participants see rounds, decisions and lifecycle changes as they happen, and a closed text takes no live edits.</summary>
public sealed class SignOffHubTests(SharedLiveServer shared) : IClassFixture<SharedLiveServer>
{
    [Fact]
    public async Task Joined_clients_receive_the_round_each_decision_and_every_state_change()
    {
        var server = shared.Server;
        var (statementId, _) = await server.Http.CreateStatementAsync("Letter", "We call on the EU.");
        var client = await server.ConnectAsync();
        var received = new ConcurrentQueue<(string Method, JsonElement Message)>();
        foreach (var method in new[] { "RoundChanged", "DecisionMade", "LifecycleChanged" })
        {
            client.Hub.Connection.On<JsonElement>(method, m => received.Enqueue((method, m)));
        }
        await client.Hub.JoinAsync(statementId);

        (await server.Http.OpenRoundAsync(statementId)).EnsureSuccessStatusCode();
        await server.Http.DecidedAsync(statementId, "Approve");
        (await server.Http.PublishAsync(statementId)).EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(() => received.Count >= 5, "five sign-off messages arrived");
        var messages = received.ToList();
        Assert.Equal(["RoundChanged", "LifecycleChanged", "DecisionMade", "LifecycleChanged", "LifecycleChanged"], messages.Select(m => m.Method));
        Assert.All(messages, m => Assert.Equal(statementId, m.Message.GetProperty("statementId").GetGuid()));
        Assert.Equal("opened", messages[0].Message.GetProperty("change").GetString());
        Assert.Equal(("Approve", true), (messages[2].Message.GetProperty("kind").GetString(), messages[2].Message.GetProperty("allApproved").GetBoolean()));
        Assert.Equal(["InReview", "Approved", "Published"],
            messages.Where(m => m.Method == "LifecycleChanged").Select(m => m.Message.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task A_published_statement_refuses_live_edits_with_text_closed()
    {
        var server = shared.Server;
        var (statementId, version) = await server.Http.CreateStatementAsync("Letter", "Final.");
        var client = await server.ConnectAsync();
        await client.Hub.JoinAsync(statementId);
        await server.Http.OpenRoundAsync(statementId);
        await server.Http.DecidedAsync(statementId, "Approve");
        (await server.Http.PublishAsync(statementId)).EnsureSuccessStatusCode();

        var error = await Assert.ThrowsAsync<DraftHubError>(() => client.Hub.SubmitAsync(
            new SubmitRequest(statementId, version, "c", 1, new TextOp([OpComponent.Retain(6), OpComponent.Insert(" Not.")]))));

        Assert.Equal(ErrorCodes.TextClosed, error.Code);
        Assert.Equal(("Final.", version), await server.Http.GetTextAsync(statementId));
    }
}
