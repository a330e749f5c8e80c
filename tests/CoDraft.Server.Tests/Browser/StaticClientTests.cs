using System.Net;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoDraft.Server.Tests.Browser;

/// <summary>
/// The server hands out the built web client, and its page for every client route to anyone (the client itself asks
/// for sign-in), but never for /api or /hubs.
/// </summary>
public sealed class StaticClientTests : IDisposable
{
    private const string Page = "<!doctype html><title>CoDraft test client</title>";

    private readonly DirectoryInfo webRoot = Directory.CreateTempSubdirectory("codraft-webroot-");
    private readonly List<CoDraftFactory> factories = [];

    public void Dispose()
    {
        factories.ForEach(f => f.Dispose());
        webRoot.Delete(recursive: true);
    }

    private HttpClient Client(bool withClient) => Factory(withClient).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private CoDraftFactory Factory(bool withClient)
    {
        if (withClient)
        {
            File.WriteAllText(Path.Combine(webRoot.FullName, "index.html"), Page);
            Directory.CreateDirectory(Path.Combine(webRoot.FullName, "assets"));
            File.WriteAllText(Path.Combine(webRoot.FullName, "assets", "app-1a2b3c.js"), "console.log('hi');");
        }
        // Outside Development, so that the project's own built wwwroot is not layered over this one.
        var factory = new CoDraftFactory(settings: new Dictionary<string, string?> { ["webroot"] = webRoot.FullName, ["environment"] = "Test" });
        factories.Add(factory);
        return factory;
    }

    private async Task<HttpClient> SignedInClientAsync() =>
        (await Factory(withClient: true).Accounts.PersonInNewOrganisationAsync("Static Reader")).Client;

    [Theory]
    [InlineData("/")]
    [InlineData("/statements/8f2d7c4e-0000-4000-8000-000000000001")]
    [InlineData("/statements/8f2d7c4e-0000-4000-8000-000000000001/history")]
    [InlineData("/statements/8f2d7c4e-0000-4000-8000-000000000001/access")]
    [InlineData("/sign-in?next=%2Faccount")]
    [InlineData("/setup")]
    [InlineData("/invite")]
    [InlineData("/account")]
    [InlineData("/organisations")]
    [InlineData("/organisations/8f2d7c4e-0000-4000-8000-000000000002")]
    public async Task Every_client_route_opens_the_client_page_signed_in_or_not(string path)
    {
        var response = await Client(withClient: true).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Page, await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoCache, "the page must be revalidated so a new build is picked up");
    }

    [Fact]
    public async Task Hashed_assets_are_served_for_keeps()
    {
        var response = await Client(withClient: true).GetAsync("/assets/app-1a2b3c.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("console.log('hi');", await response.Content.ReadAsStringAsync());
        Assert.Contains("immutable", response.Headers.CacheControl?.Extensions.Select(e => e.Name) ?? []);
    }

    [Theory]
    [InlineData("/api/no-such-thing")]
    [InlineData("/hubs/no-such-hub")]
    [InlineData("/assets/missing.js")]
    public async Task Unknown_api_hub_and_file_paths_are_not_found_rather_than_the_client_page(string path)
    {
        var response = await (await SignedInClientAsync()).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_routes_still_answer_when_the_client_is_served()
    {
        var response = await (await SignedInClientAsync()).GetAsync("/api/statements");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Anonymous_callers_get_a_404_problem_not_the_client_page_for_a_missing_file()
    {
        var response = await Client(withClient: true).GetAsync("/assets/missing.js");

        await response.AssertProblemAsync(404, "route.not_found");
    }

    [Fact]
    public async Task With_the_client_built_a_wrong_method_or_media_type_under_api_is_still_told_apart_from_an_unknown_path()
    {
        var client = await SignedInClientAsync();

        var wrongMethod = await client.DeleteAsync("/api/auth/me");
        var wrongMediaType = await client.PostAsync("/api/statements", new StringContent("title=x", System.Text.Encoding.UTF8, "text/plain"));
        var unknown = await client.GetAsync("/api/no-such-thing");
        var badId = await client.GetAsync("/api/statements/not-a-guid");

        await wrongMethod.AssertProblemAsync(405, "request.method_not_allowed");
        Assert.Equal(["GET"], wrongMethod.Content.Headers.Allow);
        await wrongMediaType.AssertProblemAsync(415, "request.unsupported_media_type");
        await unknown.AssertProblemAsync(404, "route.not_found");
        await badId.AssertProblemAsync(404, "route.not_found");
    }

    [Fact]
    public async Task Without_a_built_client_the_root_leads_to_the_api_reference()
    {
        var response = await Client(withClient: false).GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/api-reference", response.Headers.Location?.OriginalString);
    }
}
