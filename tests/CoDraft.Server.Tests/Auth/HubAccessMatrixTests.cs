using System.Net;
using System.Text.Json.Serialization;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Hubs;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using static CoDraft.Server.Tests.Infrastructure.Caller;

namespace CoDraft.Server.Tests.Auth;

/// <summary>
/// Every hub method × every kind of caller, over WebSockets with the token in the <c>access_token</c> query
/// parameter, as browsers send it: anonymous cannot connect (401), an outsider gets statement.not_found from every
/// method, a role that may not gets access.forbidden, a role that may succeeds.
/// </summary>
public sealed class HubAccessMatrixTests(KestrelCoalitionFixture fixture) : IClassFixture<KestrelCoalitionFixture>
{
    private static readonly Caller[] Readers = [Viewer, Commenter, Signatory, Editor, Lead];
    private static readonly Caller[] Editors = [Editor, Lead];

    private static readonly IReadOnlyDictionary<string, Caller[]> Allowed = new Dictionary<string, Caller[]>
    {
        [nameof(DraftHub.Join)] = Readers,
        [nameof(DraftHub.Leave)] = Readers,
        [nameof(DraftHub.CatchUp)] = Readers,
        [nameof(DraftHub.UpdatePresence)] = Readers,
        [nameof(DraftHub.Submit)] = Editors,
        [nameof(DraftHub.NameRevision)] = Editors,
    };

    public static TheoryData<string, Caller> Cases()
    {
        var data = new TheoryData<string, Caller>();
        foreach (var method in Allowed.Keys)
        {
            foreach (var caller in Enum.GetValues<Caller>().Where(c => c != Anonymous))
            {
                data.Add(method, caller);
            }
        }
        return data;
    }

    private Coalition Coalition => fixture.Coalition;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_hub_method_answers_each_caller_as_their_role_allows(string method, Caller caller)
    {
        await using var connection = Connect(Coalition.Person(caller)!.Token);
        await connection.StartAsync();
        var id = Coalition.StatementId;
        var mayRead = Readers.Contains(caller);
        if (mayRead && method != nameof(DraftHub.Join))
        {
            await connection.InvokeAsync<JoinResult>(nameof(DraftHub.Join), id);
        }

        Task call = method switch
        {
            nameof(DraftHub.Join) => connection.InvokeAsync<JoinResult>(method, id),
            nameof(DraftHub.Leave) => connection.InvokeAsync(method, id),
            nameof(DraftHub.CatchUp) => connection.InvokeAsync<CatchUpResult>(method, id, 0L),
            nameof(DraftHub.UpdatePresence) => connection.InvokeAsync(method, new PresenceUpdate(id, 0, null)),
            nameof(DraftHub.Submit) => connection.InvokeAsync<SubmitResult>(method,
                new SubmitRequest(id, await Coalition.CurrentVersionAsync(), Guid.NewGuid().ToString("N"), 1, new TextOp([OpComponent.Insert("Dear ")]))),
            nameof(DraftHub.NameRevision) => connection.InvokeAsync<RevisionView>(method, id, "Named live"),
            _ => throw new ArgumentOutOfRangeException(nameof(method)),
        };

        if (Allowed[method].Contains(caller))
        {
            await call;
        }
        else
        {
            var refused = await Assert.ThrowsAsync<HubException>(() => call);
            Assert.Equal(mayRead ? "access.forbidden" : "statement.not_found", CodeOf(refused));
        }
    }

    [Fact]
    public async Task Without_a_valid_token_the_hub_refuses_to_connect()
    {
        foreach (var token in new[] { null, "cdp_not-a-real-token" })
        {
            await using var connection = Connect(token);

            var refused = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());

            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
    }

    [Fact]
    public async Task A_role_taken_away_during_a_session_stops_working_at_the_next_call()
    {
        var extra = await Coalition.Factory.Accounts.PersonAsync("Short-lived Editor", Coalition.PartnerOrganisation);
        await TestAccounts.GiveRoleAsync(Coalition.Lead, Coalition.StatementId, extra, Core.Accounts.StatementRole.Editor);
        await using var connection = Connect(extra.Token);
        await connection.StartAsync();
        await connection.InvokeAsync<JoinResult>(nameof(DraftHub.Join), Coalition.StatementId);
        // Typing first, so that the connection holds a recent reading of its access (Hub:AccessRecheckSeconds).
        await connection.InvokeAsync<SubmitResult>(nameof(DraftHub.Submit), new SubmitRequest(
            Coalition.StatementId, await Coalition.CurrentVersionAsync(), "short-lived", 1, new TextOp([OpComponent.Insert("Dear ")])));

        (await Coalition.Lead.Client.DeleteAsync($"/api/statements/{Coalition.StatementId}/access/people/{extra.Id}")).EnsureSuccessStatusCode();

        var refused = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<SubmitResult>(nameof(DraftHub.Submit),
            new SubmitRequest(Coalition.StatementId, 0, "short-lived", 2, new TextOp([OpComponent.Insert("Too late ")]))));
        Assert.Equal("statement.not_found", CodeOf(refused));
        refused = await Assert.ThrowsAsync<HubException>(() =>
            connection.InvokeAsync<CatchUpResult>(nameof(DraftHub.CatchUp), Coalition.StatementId, 0L));
        Assert.Equal("statement.not_found", CodeOf(refused));
    }

    [Fact]
    public async Task A_person_removed_from_their_organisation_stops_editing_at_the_next_call()
    {
        var extra = await Coalition.Factory.Accounts.PersonAsync("Departing Editor", Coalition.PartnerOrganisation);
        await TestAccounts.GiveRoleAsync(Coalition.Lead, Coalition.StatementId, extra, Core.Accounts.StatementRole.Editor);
        var administrator = await Coalition.Factory.Accounts.AdministratorAsync();
        await using var connection = Connect(extra.Token);
        await connection.StartAsync();
        await connection.InvokeAsync<JoinResult>(nameof(DraftHub.Join), Coalition.StatementId);
        await connection.InvokeAsync(nameof(DraftHub.UpdatePresence), new PresenceUpdate(Coalition.StatementId, 0, null));

        (await administrator.Client.DeleteAsync($"/api/organisations/{Coalition.PartnerOrganisation}/members/{extra.Id}")).EnsureSuccessStatusCode();

        var refused = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<SubmitResult>(nameof(DraftHub.Submit),
            new SubmitRequest(Coalition.StatementId, 0, "departing", 1, new TextOp([OpComponent.Insert("Still here? ")]))));
        Assert.Equal("statement.not_found", CodeOf(refused));
    }

    /// <summary>The stable code of a refusal; SignalR puts "HubException: " and the server's "code: detail" at the end of the message.</summary>
    private static string CodeOf(HubException e)
    {
        const string marker = "HubException: ";
        var detail = e.Message[(e.Message.LastIndexOf(marker, StringComparison.Ordinal) + marker.Length)..];
        return detail[..detail.IndexOf(':')];
    }

    private HubConnection Connect(string? token)
    {
        var url = new Uri(fixture.Address, token is null ? DraftHub.Path : $"{DraftHub.Path}?access_token={Uri.EscapeDataString(token)}");
        return new HubConnectionBuilder()
            .WithUrl(url, o => o.Transports = HttpTransportType.WebSockets)
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
    }
}
