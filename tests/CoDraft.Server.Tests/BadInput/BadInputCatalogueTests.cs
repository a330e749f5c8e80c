using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Serialization;
using CoDraft.Protocol.Hub;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Hubs;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CoDraft.Server.Tests.BadInput;

/// <summary>
/// The bad-input catalogue: requests and hub calls that a careless client, a fuzzer or an attacker sends, each with
/// the status and stable code of its refusal, and the proof that it changed nothing: a digest of every row of the
/// store before and after. The cases are data (<see cref="BadInputCases"/>); this class only runs them.
/// </summary>
public sealed class BadInputCatalogueTests(BadInputFixture f) : IClassFixture<BadInputFixture>
{
    public static TheoryData<string> RestCases() => [.. BadInputCases.Rest.Select(c => c.Name)];

    public static TheoryData<string> HubCases() => [.. BadInputCases.Hub.Select(c => c.Name)];

    [Fact]
    public void The_catalogue_has_at_least_a_hundred_distinct_cases_across_rest_hub_and_public_routes()
    {
        var names = BadInputCases.Rest.Select(c => c.Name).Concat(BadInputCases.Hub.Select(c => c.Name)).ToList();

        Assert.True(names.Count >= 100, $"{names.Count} cases");
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains(BadInputCases.Rest, c => c.Path.StartsWith("/p", StringComparison.Ordinal) || c.Path.StartsWith("/api/public/", StringComparison.Ordinal));
        Assert.True(BadInputCases.Hub.Count >= 20);
    }

    [Fact]
    public async Task The_store_digest_changes_when_a_request_stores_something()
    {
        var before = await f.StoreDigestAsync();

        var named = await f.Coalition.Lead.Client.PostAsync($"/api/statements/{f.Coalition.StatementId}/revisions",
            new StringContent("{\"label\":\"Catalogue check\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.Created, named.StatusCode);
        Assert.NotEqual(before, await f.StoreDigestAsync());
    }

    [Theory]
    [MemberData(nameof(RestCases))]
    public async Task A_bad_rest_request_is_refused_with_its_code_and_changes_nothing(string name)
    {
        var c = BadInputCases.Rest.Single(x => x.Name == name);
        var before = await f.StoreDigestAsync();

        var response = await ClientFor(c.Who).SendAsync(Request(c));

        Assert.True(c.Status == (int)response.StatusCode, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var problem = await response.AssertProblemAsync(c.Status, c.Code);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(before, await f.StoreDigestAsync());
    }

    [Theory]
    [MemberData(nameof(HubCases))]
    public async Task A_bad_hub_call_is_refused_with_its_code_and_changes_nothing(string name)
    {
        var c = BadInputCases.Hub.Single(x => x.Name == name);
        await using var connection = Connect(PersonFor(c.Who)!.Token);
        await connection.StartAsync();
        if (c.JoinFirst is { } join)
        {
            await connection.InvokeAsync<JoinResult>(nameof(DraftHub.Join), join(f));
        }
        var arguments = await c.Arguments(f);
        var before = await f.StoreDigestAsync();

        var refused = await Assert.ThrowsAsync<HubException>(() => connection.InvokeCoreAsync(c.Method, typeof(object), arguments));

        Assert.Equal(c.Code, CodeOf(refused));
        Assert.Equal(HubConnectionState.Connected, connection.State);
        Assert.Equal(before, await f.StoreDigestAsync());
    }

    [Fact]
    public async Task A_live_insert_with_a_control_character_is_refused_naming_its_place_in_the_text()
    {
        await using var connection = Connect(f.Coalition.Person(Caller.Editor)!.Token);
        await connection.StartAsync();
        var joined = await connection.InvokeAsync<JoinResult>(nameof(DraftHub.Join), f.Coalition.StatementId);

        var refused = await Assert.ThrowsAsync<HubException>(() => connection.InvokeCoreAsync(nameof(DraftHub.Submit), typeof(object),
            [new { statementId = f.Coalition.StatementId, baseVersion = joined.Version, clientId = "position", seq = 1, op = new object[] { 3, "ab\u000B" } }]));

        Assert.Equal("text.invalid_character", CodeOf(refused));
        Assert.Contains("U+000B at position 5", refused.Message);
    }

    private HttpRequestMessage Request(RestCase c)
    {
        var request = new HttpRequestMessage(new HttpMethod(c.Method), Fill(c.Path));
        if (c.Body is not null)
        {
            request.Content = new StringContent(Fill(c.Body), Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(c.ContentType);
            // A body the server refuses by its length alone is not sent until the server says to go on.
            request.Headers.ExpectContinue = c.Body.Length > 1024 * 1024 * 2;
        }
        return request;
    }

    private string Fill(string template) => template
        .Replace("{S}", f.Coalition.StatementId.ToString(), StringComparison.Ordinal)
        .Replace("{P}", f.PublishedId.ToString(), StringComparison.Ordinal)
        .Replace("{slug}", f.Slug, StringComparison.Ordinal)
        .Replace("{thread}", f.ThreadId.ToString(), StringComparison.Ordinal)
        .Replace("{partner}", f.Coalition.PartnerOrganisation.ToString(), StringComparison.Ordinal)
        .Replace("{convening}", f.Coalition.ConveningOrganisation.ToString(), StringComparison.Ordinal)
        .Replace("{spare}", f.Coalition.SpareOrganisation.ToString(), StringComparison.Ordinal)
        .Replace("{viewer}", f.Coalition.Person(Caller.Viewer)!.Id.ToString(), StringComparison.Ordinal)
        .Replace("{publishedText}", f.PublishedText, StringComparison.Ordinal);

    private TestPerson? PersonFor(Who who) => who switch
    {
        Who.Anonymous => null,
        Who.Administrator => f.Admin,
        Who.Lead => f.Coalition.Lead,
        Who.Editor => f.Coalition.Person(Caller.Editor),
        Who.Viewer => f.Coalition.Person(Caller.Viewer),
        _ => f.Coalition.Person(Caller.Outsider),
    };

    private HttpClient ClientFor(Who who) => PersonFor(who)?.Client ?? f.Coalition.Factory.Accounts.Anonymous();

    /// <summary>The stable code of a refusal; SignalR puts "HubException: " and the server's "code: detail" at the end of the message.</summary>
    private static string CodeOf(HubException e)
    {
        const string marker = "HubException: ";
        var detail = e.Message[(e.Message.LastIndexOf(marker, StringComparison.Ordinal) + marker.Length)..];
        return detail[..detail.IndexOf(':', StringComparison.Ordinal)];
    }

    private HubConnection Connect(string token) => new HubConnectionBuilder()
        .WithUrl(new Uri(f.Address, $"{DraftHub.Path}?access_token={Uri.EscapeDataString(token)}"), o => o.Transports = HttpTransportType.WebSockets)
        .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
        .Build();
}
