using CoDraft.Client.Transport;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;
using CoDraft.Server.Hubs.MessagePack;
using CoDraft.Server.Tests.Hubs.Infrastructure;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CoDraft.Server.Tests.Hubs;

/// <summary>A client may speak MessagePack instead of JSON; ops keep their shape and meaning, and JSON clients see the same edits.</summary>
public sealed class MessagePackProtocolTests
{
    [Fact]
    public async Task A_MessagePack_client_edits_with_a_JSON_client_and_both_see_the_same_text()
    {
        await using var server = await LiveServer.StartAsync();
        var (statementId, _) = await server.Http.CreateStatementAsync("Open letter", "Wir fordern 😀 die EU");
        var (_, json) = await server.JoinAsync(statementId);
        await using var packed = MessagePackConnection(server);
        var echoes = new List<OpMessage>();
        packed.OpCommitted += m => { lock (echoes) { echoes.Add(m); } };
        await packed.StartAsync();

        var joined = await packed.JoinAsync(statementId);
        Assert.Equal("Wir fordern 😀 die EU", joined.Text);
        var op = new TextOp([OpComponent.Retain(12), OpComponent.DeleteCount(1), OpComponent.Insert("🙂")]);
        await packed.SubmitAsync(new SubmitRequest(statementId, joined.Version, "packed", 1, op));

        await Eventually.HoldsAsync(() => json.Text == "Wir fordern 🙂 die EU", "the JSON client has the MessagePack client's edit");
        await Eventually.HoldsAsync(() => { lock (echoes) { return echoes.Count == 1; } }, "the MessagePack client has its echo");
        Assert.Equal(new TextOp([OpComponent.Retain(12), OpComponent.Insert("🙂"), OpComponent.Delete("😀")]), echoes[0].Op);
        await json.Edit(text => new TextOp([OpComponent.Insert("Wir ")]));
        await Eventually.HoldsAsync(() => { lock (echoes) { return echoes.Count == 2; } }, "the MessagePack client has the JSON client's edit");
        Assert.Equal(new TextOp([OpComponent.Insert("Wir ")]), echoes[1].Op);
    }

    [Fact]
    public async Task An_op_that_is_not_one_is_refused_with_its_code_over_MessagePack()
    {
        await using var server = await LiveServer.StartAsync();
        var (statementId, version) = await server.Http.CreateStatementAsync("Open letter", "Draft");
        await using var packed = MessagePackConnection(server);
        await packed.StartAsync();
        await packed.JoinAsync(statementId);

        var request = new Dictionary<string, object?>
        {
            ["StatementId"] = statementId.ToString(),
            ["BaseVersion"] = version,
            ["ClientId"] = "packed",
            ["Seq"] = 1L,
            ["Op"] = new object[] { 2, true },
        };
        var refused = await Assert.ThrowsAsync<HubException>(() => packed.Connection.InvokeAsync<object>("Submit", request));

        Assert.StartsWith("op.malformed:", refused.Message.Split("HubException: ")[^1]);
        Assert.Equal(("Draft", version), await server.Http.GetTextAsync(statementId));
    }

    [Fact]
    public async Task Arguments_that_do_not_bind_are_refused_with_request_invalid_over_MessagePack_and_the_connection_stays()
    {
        await using var server = await LiveServer.StartAsync();
        var (statementId, _) = await server.Http.CreateStatementAsync("Open letter", "Draft");
        await using var packed = MessagePackConnection(server);
        await packed.StartAsync();

        var refused = await Assert.ThrowsAsync<HubException>(() => packed.Connection.InvokeAsync<object>("Join", new[] { 1, 2, 3 }));

        Assert.StartsWith("request.invalid:", refused.Message.Split("HubException: ")[^1]);
        Assert.Equal("Draft", (await packed.JoinAsync(statementId)).Text);
    }

    private static DraftHubClient MessagePackConnection(LiveServer server) => new(new HubConnectionBuilder()
        .WithUrl(new Uri(server.BaseAddress, DraftHubClient.HubPath), o => o.AccessTokenProvider = () => Task.FromResult<string?>(server.AccessToken))
        .AddMessagePackProtocol(o => o.SerializerOptions = HubMessagePack.Options(o.SerializerOptions))
        .Build());
}
