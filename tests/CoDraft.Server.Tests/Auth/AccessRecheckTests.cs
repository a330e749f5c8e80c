using System.Text.Json.Serialization;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;
using CoDraft.Server.Hubs;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CoDraft.Server.Tests.Auth;

/// <summary>
/// A change of access made through another server sharing the store (here: written to the store directly, as that
/// server would) reaches this server's live connections within <c>Hub:AccessRecheckSeconds</c>, measured on the
/// server's clock, which the test moves.
/// </summary>
public sealed class AccessRecheckTests : IAsyncLifetime
{
    private readonly KestrelCoalitionFixture fixture = new(new Dictionary<string, string?> { ["Hub:AccessRecheckSeconds"] = "30" });

    private Coalition coalition = null!;

    private CoDraftFactory Factory => coalition.Factory;

    public async Task InitializeAsync()
    {
        await fixture.InitializeAsync();
        coalition = fixture.Coalition;
    }

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task A_role_removed_by_another_server_stops_working_here_once_the_recheck_time_has_passed()
    {
        var editor = coalition.Person(Caller.Editor)!;
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(fixture.Address, $"{DraftHub.Path}?access_token={Uri.EscapeDataString(editor.Token)}"),
                o => o.Transports = HttpTransportType.WebSockets)
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        await connection.StartAsync();
        await connection.InvokeAsync<JoinResult>(nameof(DraftHub.Join), coalition.StatementId);
        var seq = 0;
        Task<SubmitResult> Type(string text) => connection.InvokeAsync<SubmitResult>(nameof(DraftHub.Submit),
            new SubmitRequest(coalition.StatementId, 0, "recheck", ++seq, new TextOp([OpComponent.Insert(text)])));
        await Type("One ");

        // Another server takes the editor's role away: the store changes, this server is not told.
        var store = Factory.Services.GetRequiredService<IStatementAccessStore>();
        var access = await store.FindStatementAccessAsync(coalition.StatementId) ?? throw new InvalidOperationException("No access stored.");
        Assert.True(await store.SaveStatementAccessAsync(access.WithoutPerson(editor.Id), access.Revision));

        // Within the recheck time the connection's reading still stands (the bound the setting documents)...
        await Type("two ");
        Factory.Clock.Advance(TimeSpan.FromSeconds(31));

        // ...and once it has passed, the removal holds here too, and nothing more is applied.
        var refused = await Assert.ThrowsAsync<HubException>(() => Type("three "));
        Assert.Contains("statement.not_found:", refused.Message, StringComparison.Ordinal);
        var text = await coalition.Lead.Client.GetStringAsync($"/api/statements/{coalition.StatementId}");
        Assert.Contains("One ", text, StringComparison.Ordinal);
        Assert.Contains("two ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("three", text, StringComparison.Ordinal);
    }
}
