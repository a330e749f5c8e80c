using System.Net;
using System.Net.Http.Json;
using CoDraft.Core.Accounts;
using CoDraft.Server.Auth;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static CoDraft.Server.Tests.Infrastructure.Caller;

namespace CoDraft.Server.Tests.Auth;

/// <summary>
/// Every statement route × every kind of caller: anonymous → 401, an organisation not on the statement → 404
/// (as if it did not exist), a role that may not → 403, a role that may → success. The allowed roles are written
/// out here, route by route, not read from the server's table.
/// </summary>
public sealed class AccessMatrixTests(CoalitionFixture fixture) : IClassFixture<CoalitionFixture>
{
    private static readonly Caller[] Everyone = [Viewer, Commenter, Signatory, Editor, Lead];
    private static readonly Caller[] Editors = [Editor, Lead];
    private static readonly Caller[] Leads = [Lead];
    private static readonly Caller[] Commenters = [Commenter, Signatory, Editor, Lead];

    private static readonly IReadOnlyList<MatrixRoute> Routes =
    [
        new("GET", "/api/statements/{id:guid}", c => Get(c, ""), Everyone, 200),
        new("PUT", "/api/statements/{id:guid}/text",
            async c => Json(HttpMethod.Put, c, "/text", new { baseVersion = await c.CurrentVersionAsync(), text = $"Edited {Guid.NewGuid()}" }), Editors, 200),
        new("POST", "/api/statements/{id:guid}/revisions", c => Task.FromResult(Json(HttpMethod.Post, c, "/revisions", new { label = "Draft for partners" })), Editors, 201),
        new("GET", "/api/statements/{id:guid}/revisions", c => Get(c, "/revisions"), Everyone, 200),
        new("GET", "/api/statements/{id:guid}/versions/{version:long}", c => Get(c, "/versions/1"), Everyone, 200),
        new("GET", "/api/statements/{id:guid}/redline", c => Get(c, "/redline?from=0&to=1"), Everyone, 200),
        new("GET", "/api/statements/{id:guid}/versions/{version:long}/docx", c => Get(c, "/versions/1/docx"), Everyone, 200),
        new("GET", "/api/statements/{id:guid}/redline/docx", c => Get(c, "/redline/docx?from=0&to=1"), Everyone, 200),
        new("POST", "/api/statements/{id:guid}/word-uploads/preview", c => WordUploadAsync(c, "/word-uploads/preview"), Commenters, 200),
        new("POST", "/api/statements/{id:guid}/word-uploads", c => WordUploadAsync(c, "/word-uploads"), Commenters, 200),
        new("GET", "/api/statements/{id:guid}/access/", c => Get(c, "/access"), Everyone, 200),
        new("POST", "/api/statements/{id:guid}/access/partners",
            c => Task.FromResult(Json(HttpMethod.Post, c, "/access/partners", new { organisationId = c.SpareOrganisation })), Leads, 200),
        new("DELETE", "/api/statements/{id:guid}/access/partners/{organisationId:guid}",
            c => Task.FromResult(Json(HttpMethod.Delete, c, $"/access/partners/{c.SpareOrganisation}", null)), Leads, 200, c => c.AddSparePartnerAsync()),
        new("DELETE", "/api/statements/{id:guid}/access/signatory-proposals/{personId:guid}",
            c => Task.FromResult(Json(HttpMethod.Delete, c, $"/access/signatory-proposals/{c.Spectator.Id}", null)), Leads, 200, c => c.ProposeSpectatorAsync()),
        new("GET", "/api/statements/{id:guid}/access/candidates", c => Get(c, "/access/candidates"), Leads, 200),
        new("GET", "/api/statements/{id:guid}/invitations", c => Get(c, "/invitations"), Leads, 200),
        new("PUT", "/api/statements/{id:guid}/access/people/{personId:guid}",
            c => Task.FromResult(Json(HttpMethod.Put, c, $"/access/people/{c.Spectator.Id}", new { role = "Commenter" })), Leads, 200),
        new("DELETE", "/api/statements/{id:guid}/access/people/{personId:guid}",
            c => Task.FromResult(Json(HttpMethod.Delete, c, $"/access/people/{c.Spectator.Id}", null)), Leads, 200, c => c.GiveSpectatorARoleAsync()),
        // Review and sign-off, audit, certificate.
        .. SignOffMatrixRoutes.All,
        // Comments and suggestions.
        new("GET", "/api/statements/{id:guid}/threads", c => Get(c, "/threads"), Everyone, 200),
        new("POST", "/api/statements/{id:guid}/threads", c => Task.FromResult(Json(HttpMethod.Post, c, "/threads", NewThread())), Commenters, 201),
        new("GET", "/api/statements/{id:guid}/threads/{threadId:guid}", async c => await Get(c, $"/threads/{await LeadPostsAsync(c, "/threads", NewThread())}"), Everyone, 200),
        new("POST", "/api/statements/{id:guid}/threads/{threadId:guid}/replies",
            async c => Json(HttpMethod.Post, c, $"/threads/{await LeadPostsAsync(c, "/threads", NewThread())}/replies", new { body = "Agreed." }), Commenters, 200),
        new("POST", "/api/statements/{id:guid}/threads/{threadId:guid}/resolve",
            async c => Json(HttpMethod.Post, c, $"/threads/{await LeadPostsAsync(c, "/threads", NewThread())}/resolve", null), Commenters, 200),
        new("POST", "/api/statements/{id:guid}/threads/{threadId:guid}/reopen", async c =>
        {
            var thread = await LeadPostsAsync(c, "/threads", NewThread());
            await LeadPostsAsync(c, $"/threads/{thread}/resolve", new { });
            return Json(HttpMethod.Post, c, $"/threads/{thread}/reopen", null);
        }, Commenters, 200),
        new("GET", "/api/statements/{id:guid}/suggestions", c => Get(c, "/suggestions"), Everyone, 200),
        new("POST", "/api/statements/{id:guid}/suggestions", c => Task.FromResult(Json(HttpMethod.Post, c, "/suggestions", NewSuggestion())), Commenters, 201),
        new("GET", "/api/statements/{id:guid}/suggestions/preview", c => Get(c, "/suggestions/preview"), Everyone, 200),
        new("POST", "/api/statements/{id:guid}/suggestions/{suggestionId:guid}/accept",
            async c => Json(HttpMethod.Post, c, $"/suggestions/{await LeadPostsAsync(c, "/suggestions", NewSuggestion())}/accept", null), Leads, 200),
        new("POST", "/api/statements/{id:guid}/suggestions/{suggestionId:guid}/reject",
            async c => Json(HttpMethod.Post, c, $"/suggestions/{await LeadPostsAsync(c, "/suggestions", NewSuggestion())}/reject", null), Leads, 200),
        new("POST", "/api/statements/{id:guid}/suggestions/accept-all",
            c => Task.FromResult(Json(HttpMethod.Post, c, "/suggestions/accept-all", new { authorId = c.Lead.Id })), Leads, 200),
        new("POST", "/api/statements/{id:guid}/suggestions/reject-all",
            c => Task.FromResult(Json(HttpMethod.Post, c, "/suggestions/reject-all", new { authorId = c.Lead.Id })), Leads, 200),
        // Publication: public address, moderation, corrections, reconfirmations, exports.
        .. PublishingMatrixRoutes.All,
    ];

    /// <summary>The current version exported, with a sentence added at its end as a tracked change, as a multipart upload.</summary>
    private static async Task<HttpRequestMessage> WordUploadAsync(Coalition c, string suffix)
    {
        var version = await c.CurrentVersionAsync();
        var text = (await (await c.Lead.Client.GetAsync($"/api/statements/{c.StatementId}/versions/{version}")).ReadJsonAsync()).GetProperty("text").GetString()!;
        var docx = CoDraft.Core.Word.WordExport.Redline(text, text.TrimEnd() + $" Added in Word {Guid.NewGuid():N}.\n", "Statement",
            new CoDraft.Core.Word.TrackedChangeStamp("A lawyer", DateTimeOffset.UnixEpoch), new CoDraft.Core.Word.WordSource(c.StatementId, version));
        var file = new ByteArrayContent(docx);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(CoDraft.Core.Word.WordExport.ContentType);
        return new HttpRequestMessage(HttpMethod.Post, $"/api/statements/{c.StatementId}{suffix}") { Content = new MultipartFormDataContent { { file, "file", "statement.docx" } } };
    }

    private static object NewThread() => new { start = 0, end = 2, body = "Could this be stronger?" };

    private static object NewSuggestion() => new { start = 0, end = 2, replacement = $"Suggested {Guid.NewGuid():N} " };

    /// <summary>Makes, as the lead, what the call under test needs (a thread, a suggestion); its id.</summary>
    private static async Task<Guid> LeadPostsAsync(Coalition c, string suffix, object body)
    {
        var response = await c.Lead.Client.SendAsync(Json(HttpMethod.Post, c, suffix, body));
        response.EnsureSuccessStatusCode();
        return response.Content.Headers.ContentLength == 0 ? Guid.Empty : (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    public static TheoryData<int, Caller> Cases()
    {
        var data = new TheoryData<int, Caller>();
        for (var route = 0; route < Routes.Count; route++)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                data.Add(route, caller);
            }
        }
        return data;
    }

    private Coalition Coalition => fixture.Coalition;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_statement_route_answers_each_caller_as_their_role_allows(int routeIndex, Caller caller)
    {
        var route = Routes[routeIndex];
        if (route.Prepare is { } prepare)
        {
            await prepare(Coalition);
        }

        var response = await Coalition.Client(caller).SendAsync(await route.Request(Coalition));

        var because = $"{route} as {caller}";
        switch (caller)
        {
            case Anonymous:
                await response.AssertProblemAsync(401, "auth.required");
                break;
            case Outsider:
                await response.AssertProblemAsync(404, "statement.not_found");
                break;
            default:
                if (route.Allowed.Contains(caller))
                {
                    Assert.True(route.SuccessStatus == (int)response.StatusCode, $"{because}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
                else
                {
                    await response.AssertProblemAsync(403, "access.forbidden");
                }
                break;
        }
    }

    [Fact]
    public void The_matrix_covers_every_route_that_names_a_statement()
    {
        var guarded = Endpoints()
            .Where(e => e.Metadata.GetMetadata<StatementPermissionFilter>() is not null)
            .Select(Describe)
            .Order();

        Assert.Equal(Routes.Select(r => r.ToString()).Order(), guarded);
    }

    [Fact]
    public async Task Every_api_and_hub_route_but_the_open_ones_refuses_anonymous_callers()
    {
        string[] open = ["POST /api/auth/sign-in", "GET /api/auth/antiforgery", "POST /api/auth/setup", "POST /api/invitations/accept",
            "POST /api/invitations/preview",
            // Publication: the public side.
            "GET /api/public/statements", "GET /api/public/statements/{slug}", "POST /api/public/statements/{slug}/sign-ons"];
        // The fallback of unmatched /api and /hubs paths answers 404 route.not_found to everyone (BadInputCatalogueTests).
        var endpoints = Endpoints()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/") || e.RoutePattern.RawText!.StartsWith("/hubs/"))
            .Where(e => e.DisplayName != CoDraft.Server.Extensions.UnmatchedRoutes.FallbackName)
            .ToList();
        var anonymous = Coalition.Client(Anonymous);

        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/hubs/draft/negotiate");
        Assert.Equal(open.Order(), endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(Describe).Order());
        foreach (var endpoint in endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var path = string.Join('/', endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { ParameterPolicies: [{ Content: "long" }] } => "1",
                _ => Guid.NewGuid().ToString(),
            }))));
            foreach (var method in Methods(endpoint))
            {
                var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/" + path) { Content = JsonContent.Create(new { }) });
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} /{path} answered {(int)response.StatusCode} to an anonymous caller");
            }
        }
    }

    [Fact]
    public async Task Statements_are_listed_only_to_those_who_take_part()
    {
        foreach (var caller in Enum.GetValues<Caller>().Where(c => c != Anonymous))
        {
            var listed = (await (await Coalition.Client(caller).GetAsync("/api/statements")).ReadJsonAsync()).EnumerateArray()
                .Select(s => s.GetProperty("id").GetGuid());

            Assert.True(listed.Contains(Coalition.StatementId) == (caller != Outsider), $"{caller} sees the statement: {caller != Outsider}");
        }
        await (await Coalition.Client(Anonymous).GetAsync("/api/statements")).AssertProblemAsync(401, "auth.required");
    }

    [Fact]
    public async Task Only_an_organisations_administrators_start_a_statement_in_its_name_and_then_lead_it()
    {
        var outsider = Coalition.Person(Outsider)!;
        var theirAdmin = await Coalition.Factory.Accounts.OrganisationAdminAsync(outsider.OrganisationId!.Value);
        var listedBefore = (await (await outsider.Client.GetAsync("/api/statements")).ReadJsonAsync()).GetArrayLength();

        var byMember = await outsider.Client.PostAsJsonAsync("/api/statements", new { title = "Our own letter", text = "Text." });
        var (id, _) = await theirAdmin.Client.CreateStatementAsync("Our own letter", "Text.");

        await byMember.AssertProblemAsync(403, "access.forbidden");
        Assert.Equal(listedBefore, (await (await outsider.Client.GetAsync("/api/statements")).ReadJsonAsync()).GetArrayLength());
        var access = await (await theirAdmin.Client.GetAsync($"/api/statements/{id}/access")).ReadJsonAsync();
        var person = Assert.Single(access.GetProperty("people").EnumerateArray());
        Assert.Equal((theirAdmin.Id, "Lead"), (person.GetProperty("personId").GetGuid(), person.GetProperty("role").GetString()));
        Assert.Equal(outsider.OrganisationId, access.GetProperty("convening").GetProperty("id").GetGuid());
        await (await Coalition.Lead.Client.GetAsync($"/api/statements/{id}")).AssertProblemAsync(404, "statement.not_found");
    }

    private IEnumerable<RouteEndpoint> Endpoints() =>
        Coalition.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    private static string Describe(RouteEndpoint endpoint) =>
        $"{string.Join(",", Methods(endpoint))} {endpoint.RoutePattern.RawText}";

    private static Task<HttpRequestMessage> Get(Coalition c, string suffix) =>
        Task.FromResult(new HttpRequestMessage(HttpMethod.Get, $"/api/statements/{c.StatementId}{suffix}"));

    private static HttpRequestMessage Json(HttpMethod method, Coalition c, string suffix, object? body) =>
        new(method, $"/api/statements/{c.StatementId}{suffix}") { Content = body is null ? null : JsonContent.Create(body) };
}
