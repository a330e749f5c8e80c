using System.Net;
using System.Net.Http.Json;
using System.Text;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Apis;

public sealed class StatementsApiTests(StatementsServer server) : IClassFixture<StatementsServer>, IAsyncLifetime
{
    private CoDraftFactory Factory => server.Factory;

    private TestPerson lead = null!;

    private HttpClient Client => lead.Client;

    public async Task InitializeAsync() => lead = await Factory.Accounts.PersonInNewOrganisationAsync("Lena Lead");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_new_statement_is_at_version_1_with_its_text_hash_and_html()
    {
        var response = await Client.PostAsJsonAsync("/api/statements", new { title = "Open letter to the EU", text = "# Dear Commissioners\n\nWe **urge** you." });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadJsonAsync();
        Assert.Equal(1, created.GetProperty("version").GetInt64());
        Assert.Equal($"/api/statements/{created.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);

        var statement = await (await Client.GetAsync(response.Headers.Location)).ReadJsonAsync();
        Assert.Equal("Open letter to the EU", statement.GetProperty("title").GetString());
        Assert.Equal("# Dear Commissioners\n\nWe **urge** you.", statement.GetProperty("text").GetString());
        Assert.Equal(TextHash.Sha256("# Dear Commissioners\n\nWe **urge** you."), statement.GetProperty("sha256").GetString());
        Assert.Contains("<strong>urge</strong>", statement.GetProperty("html").GetString());
    }

    [Fact]
    public async Task A_statement_created_without_text_is_at_version_0()
    {
        var (_, version) = await Client.CreateStatementAsync("Empty for now", "");

        Assert.Equal(0, version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_statement_needs_a_title(string? title)
    {
        var response = await Client.PostAsJsonAsync("/api/statements", new { title, text = "x" });

        await response.AssertProblemAsync(400, "request.invalid");
        Assert.Empty((await (await Client.GetAsync("/api/statements")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Every_text_update_gets_the_next_version_and_old_versions_stay_readable()
    {
        var (id, v1) = await Client.CreateStatementAsync("Letter", "We call on the EU.");
        var v2 = await Client.PutTextAsync(id, v1, "We call on the European Union.");
        var v3 = await Client.PutTextAsync(id, v2, "We, the undersigned, call on the European Union.");

        Assert.Equal([1, 2, 3], new[] { v1, v2, v3 });
        Assert.Equal("We call on the EU.", await Client.GetVersionTextAsync(id, 1));
        Assert.Equal("We call on the European Union.", await Client.GetVersionTextAsync(id, 2));
        Assert.Equal("We, the undersigned, call on the European Union.", await Client.GetVersionTextAsync(id, 3));
        Assert.Equal("", await Client.GetVersionTextAsync(id, 0));
    }

    [Fact]
    public async Task An_update_based_on_an_old_version_is_refused_with_the_current_version_and_changes_nothing()
    {
        var (id, v1) = await Client.CreateStatementAsync("Letter", "First words.");
        await Client.PutTextAsync(id, v1, "Second words.");

        var response = await Client.PutAsJsonAsync($"/api/statements/{id}/text", new { baseVersion = v1, text = "Overwrite!" });

        var problem = await response.AssertProblemAsync(409, "version.stale");
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt64());
        var statement = await (await Client.GetAsync($"/api/statements/{id}")).ReadJsonAsync();
        Assert.Equal("Second words.", statement.GetProperty("text").GetString());
        Assert.Equal(2, statement.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Concurrent_updates_on_the_same_version_let_exactly_one_through()
    {
        var (id, v1) = await Client.CreateStatementAsync("Letter", "Base text.");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Client.PutAsJsonAsync($"/api/statements/{id}/text", new { baseVersion = v1, text = $"Edit number {i}." })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var statement = await (await Client.GetAsync($"/api/statements/{id}")).ReadJsonAsync();
        Assert.Equal(2, statement.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task An_unknown_statement_is_not_found()
    {
        var response = await Client.GetAsync($"/api/statements/{Guid.NewGuid()}");

        await response.AssertProblemAsync(404, "statement.not_found");
    }

    [Fact]
    public async Task An_unknown_version_is_not_found()
    {
        var (id, _) = await Client.CreateStatementAsync("Letter", "Text.");

        await (await Client.GetAsync($"/api/statements/{id}/versions/2")).AssertProblemAsync(404, "version.not_found");
        await (await Client.GetAsync($"/api/statements/{id}/versions/-1")).AssertProblemAsync(404, "version.not_found");
    }

    [Fact]
    public async Task Text_over_the_maximum_is_refused_and_nothing_is_written()
    {
        var (id, v1) = await Client.CreateStatementAsync("Letter", "Short.");

        var update = await Client.PutAsJsonAsync($"/api/statements/{id}/text", new { baseVersion = v1, text = new string('a', 2049) });
        var create = await Client.PostAsJsonAsync("/api/statements", new { title = "Huge", text = new string('é', 1025) });

        await update.AssertProblemAsync(413, "text.too_large");
        await create.AssertProblemAsync(413, "text.too_large");
        Assert.Single((await (await Client.GetAsync("/api/statements")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal(1, (await (await Client.GetAsync($"/api/statements/{id}")).ReadJsonAsync()).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Text_with_a_lone_surrogate_is_refused()
    {
        var (id, v1) = await Client.CreateStatementAsync("Letter", "Fine.");
        var json = $"{{\"baseVersion\": {v1}, \"text\": \"broken \\ud800 text\"}}";

        var response = await Client.PutAsync($"/api/statements/{id}/text", new StringContent(json, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(400, "text.invalid_utf16");
        Assert.Equal("Fine.", await Client.GetVersionTextAsync(id, 1));
    }

    [Fact]
    public async Task Malformed_json_is_a_bad_request_with_a_code()
    {
        var response = await Client.PostAsync("/api/statements", new StringContent("{\"title\": ", Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(400, "request.invalid");
    }

    [Fact]
    public async Task A_named_revision_appears_in_the_history_with_the_hash_of_its_text()
    {
        var (id, v1) = await Client.CreateStatementAsync("Letter", "Draft one.");
        await Client.PutTextAsync(id, v1, "Draft two for partners.");

        var named = await Client.PostAsJsonAsync($"/api/statements/{id}/revisions", new { label = "Draft 2 for partners" });
        var history = await (await Client.GetAsync($"/api/statements/{id}/revisions")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Created, named.StatusCode);
        var revision = Assert.Single(history.EnumerateArray());
        Assert.Equal(2, revision.GetProperty("version").GetInt64());
        Assert.Equal("Draft 2 for partners", revision.GetProperty("label").GetString());
        Assert.Equal("Named", revision.GetProperty("kind").GetString());
        Assert.Equal(lead.AuthorId, revision.GetProperty("author").GetString());
        Assert.Equal(TextHash.Sha256("Draft two for partners."), revision.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task A_revision_needs_a_label()
    {
        var (id, _) = await Client.CreateStatementAsync("Letter", "Text.");

        var response = await Client.PostAsJsonAsync($"/api/statements/{id}/revisions", new { label = "" });

        await response.AssertProblemAsync(400, "request.invalid");
        Assert.Empty((await (await Client.GetAsync($"/api/statements/{id}/revisions")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Any_two_versions_can_be_redlined_without_being_revisions()
    {
        var (id, v1) = await Client.CreateStatementAsync("Letter", "We ask the Commission to act.\n\nSigned.");
        var v2 = await Client.PutTextAsync(id, v1, "We urge the Commission to act now.\n\nSigned.");
        await Client.PutTextAsync(id, v2, "We urge the Commission to act now.\n\nSigned.\n\nAnnex follows.");

        var redline = await (await Client.GetAsync($"/api/statements/{id}/redline?from=1&to=3")).ReadJsonAsync();

        var html = redline.GetProperty("html").GetString()!;
        Assert.Contains("ask", html);
        Assert.Contains("urge", html);
        Assert.Contains("<ins", html);
        Assert.Contains("<del", html);
        var stats = redline.GetProperty("stats");
        Assert.True(stats.GetProperty("wordsInserted").GetInt32() >= 3);
        Assert.Equal(1, stats.GetProperty("wordsDeleted").GetInt32());
        Assert.Equal(1, stats.GetProperty("blocksAdded").GetInt32());
        Assert.NotEmpty(redline.GetProperty("blocks").EnumerateArray());
    }

    [Fact]
    public async Task A_redline_needs_two_existing_versions()
    {
        var (id, _) = await Client.CreateStatementAsync("Letter", "Text.");

        await (await Client.GetAsync($"/api/statements/{id}/redline?from=0")).AssertProblemAsync(400, "request.invalid");
        await (await Client.GetAsync($"/api/statements/{id}/redline?from=0&to=9")).AssertProblemAsync(404, "version.not_found");
    }

    [Fact]
    public async Task Rendered_html_of_a_version_carries_no_script()
    {
        var (id, v) = await Client.CreateStatementAsync("Letter", "Hi <script>alert(1)</script> [x](javascript:alert(1))");

        var view = await (await Client.GetAsync($"/api/statements/{id}/versions/{v}")).ReadJsonAsync();

        var html = view.GetProperty("html").GetString()!;
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public async Task Versions_read_back_exactly_across_snapshot_boundaries()
    {
        var (id, version) = await Client.CreateStatementAsync("Letter", "v1 🌍");
        var expected = new List<string> { "", "v1 🌍" };
        for (var i = 2; i <= 10; i++)
        {
            var text = $"{expected[^1]} word{i} 文";
            version = await Client.PutTextAsync(id, version, text);
            expected.Add(text);
        }

        for (var v = 0; v <= 10; v++)
        {
            Assert.Equal(expected[v], await Client.GetVersionTextAsync(id, v));
        }
    }

    [Fact]
    public async Task Statements_are_listed_newest_first()
    {
        var (first, _) = await Client.CreateStatementAsync("First", "a");
        await Task.Delay(5);
        var (second, _) = await Client.CreateStatementAsync("Second", "b");

        var list = (await (await Client.GetAsync("/api/statements")).ReadJsonAsync()).EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();

        Assert.Equal([second, first], list);
    }

    [Fact]
    public async Task The_openapi_document_and_the_reference_page_are_served()
    {
        var openApi = await (await Client.GetAsync("/openapi/v1.json")).ReadJsonAsync();
        var reference = await Factory.CreateAnonymousClient().GetAsync("/api-reference");

        var paths = openApi.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/statements/{id}/redline", out _));
        Assert.True(paths.TryGetProperty("/api/statements/{id}/versions/{version}", out _));
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("text/html", reference.Content.Headers.ContentType?.MediaType);
    }
}
