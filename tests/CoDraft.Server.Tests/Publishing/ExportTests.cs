using System.Net;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Publishing;

/// <summary>The exports: what each contains, that the CSV is safe in a spreadsheet, and who may take them when.</summary>
public sealed class ExportTests(PublicationFixture f) : IClassFixture<PublicationFixture>
{
    [Fact]
    public async Task Markdown_html_and_json_carry_the_text_hash_signatories_and_versions()
    {
        var text = "# Heading\n\nWe call on the *EU*.";
        var (id, slug) = await f.PublishAsync("Exported letter", text);
        await f.SignedOnAsync(id, slug, "Later [Org](https://evil.example)");
        await f.Lead.Client.PostAsync($"/api/statements/{id}/corrections",
            System.Net.Http.Json.JsonContent.Create(new { text = text + " Now.", reason = "Urgency." }));

        var md = await f.Public().GetAsync($"/p/{slug}/export.md");
        var html = await f.Public().GetStringAsync($"/p/{slug}/export.html");
        var json = await (await f.Public().GetAsync($"/p/{slug}/export.json")).ReadJsonAsync();

        Assert.Equal("text/markdown", md.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"attachment; filename=\"{slug}.md\"", md.Content.Headers.ContentDisposition?.ToString() ?? string.Join("", md.Headers.GetValues("Content-Disposition")));
        var markdown = await md.Content.ReadAsStringAsync();
        Assert.StartsWith("# Exported letter\n\n# Heading\n\nWe call on the *EU*. Now.\n", markdown);
        Assert.Contains($"SHA-256 of the text: `{TextHash.Sha256(text + " Now.")}`", markdown);
        Assert.Contains("- Partner \\<A\\> & Co (BE, NGO), reconfirmation pending", markdown);
        Assert.Contains("- Later \\[Org\\]\\(https://evil.example\\) (NL, NGO), signed on", markdown);
        Assert.Contains("1. ", markdown);

        Assert.StartsWith("<!doctype html>", html);
        Assert.Contains("<style>", html);
        Assert.Contains("@media print", html);
        Assert.DoesNotContain("<link rel=\"stylesheet\"", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<form", html);
        Assert.Contains("<em>EU</em>", html);
        Assert.Contains($"https://localhost/p/{slug}", html);

        Assert.Equal(TextHash.Sha256(text + " Now."), json.GetProperty("sha256").GetString());
        Assert.Equal(text + " Now.", json.GetProperty("text").GetString());
        var versions = json.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([("published", TextHash.Sha256(text)), ("correction", TextHash.Sha256(text + " Now."))],
            versions.Select(v => (v.GetProperty("kind").GetString(), v.GetProperty("sha256").GetString())));
        Assert.Equal("Urgency.", versions[1].GetProperty("reason").GetString());
        Assert.Equal(["Convening Alliance", "Partner <A> & Co", "Partner B", "Later [Org](https://evil.example)"],
            json.GetProperty("signatories").EnumerateArray().Select(s => s.GetProperty("organisation").GetString()));
        Assert.False(json.GetProperty("signatories")[3].GetProperty("original").GetBoolean());
    }

    [Fact]
    public async Task The_signatory_csv_is_rfc_4180_and_defuses_spreadsheet_formulas()
    {
        var (id, slug) = await f.PublishAsync("CSV letter", "Text.");
        foreach (var name in new[] { "=HYPERLINK(\"https://evil.example\",\"Click\")", "+SUM(A1:A9)", "-2+3", "@cmd", "Comma, \"Quoted\" Org", ";=2+5;", "\uFF1D1+1" })
        {
            await f.SignedOnAsync(id, slug, name);
        }

        var response = await f.Public().GetAsync($"/p/{slug}/signatories.csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.Split("\r\n");
        Assert.Equal("\"organisation\",\"country\",\"type\",\"website\",\"listed_as\",\"signed_on\"", lines[0]);
        Assert.Equal("", lines[^1]);
        Assert.StartsWith("\"Convening Alliance\",\"DE\",\"NGO\",\"https://ngo.example\",\"original signatory\",", lines[1]);
        Assert.StartsWith("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Click\"\")\",\"NL\",\"NGO\",\"https://example.org\",\"later sign-on\",", lines[4]);
        Assert.StartsWith("\"'+SUM(A1:A9)\",\"NL\",", lines[5]);
        Assert.StartsWith("\"'-2+3\",\"NL\",", lines[6]);
        Assert.StartsWith("\"'@cmd\",\"NL\",", lines[7]);
        Assert.StartsWith("\"Comma, \"\"Quoted\"\" Org\",\"NL\",", lines[8]);
        Assert.StartsWith("\";=2+5;\",\"NL\",", lines[9]);
        Assert.StartsWith("\"'\uFF1D1+1\",\"NL\",", lines[10]);
        Assert.Equal(12, lines.Length);
        Assert.All(lines[..^1], l => Assert.StartsWith("\"", l));
    }

    [Fact]
    public async Task Participants_export_before_the_embargo_ends_and_no_one_else_can()
    {
        var (id, slug) = await f.PublishAsync("Embargoed export", "Under embargo.", publicFrom: DateTimeOffset.UtcNow.AddDays(30));

        foreach (var export in new[] { "statement.md", "statement.html", "statement.json", "signatories.csv" })
        {
            var route = $"/api/statements/{id}/exports/{export}";
            Assert.Equal(HttpStatusCode.OK, (await f.Viewer.Client.GetAsync(route)).StatusCode);
            await (await f.Outsider.Client.GetAsync(route)).AssertProblemAsync(404, "statement.not_found");
            Assert.Equal(HttpStatusCode.Unauthorized, (await f.Public().GetAsync(route)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await f.Public().GetAsync($"/p/{slug}/export.json")).StatusCode);
        var (draft, _) = await f.Lead.Client.CreateStatementAsync("Draft only", "Draft.");
        await (await f.Lead.Client.GetAsync($"/api/statements/{draft}/exports/statement.md")).AssertProblemAsync(409, "publication.not_published");
    }
}
