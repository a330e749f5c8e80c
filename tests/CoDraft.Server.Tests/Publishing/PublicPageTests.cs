using System.Net;
using System.Xml.Linq;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Publishing;

/// <summary>The public page, list and feed: readable without signing in, at a stable address, with nothing unsafe in them.</summary>
public sealed class PublicPageTests(PublicationFixture f) : IClassFixture<PublicationFixture>
{
    [Fact]
    public async Task Anyone_reads_the_rendered_text_its_date_hash_and_the_original_signatories_without_signing_in()
    {
        var text = "# Open letter\n\nWe call on the **EU** to act.\n\n<script>alert('x')</script><img src=x onerror=alert(1)>";
        var (_, slug) = await f.PublishAsync("Open letter on «online safety»", text);

        var response = await f.Public().GetAsync($"/p/{slug}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Open letter on «online safety»</h1>", html);
        Assert.Contains("<strong>EU</strong>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<[^>]+\son[a-z]+\s*=", html);
        Assert.Contains(TextHash.Sha256(text), html);
        Assert.Contains(DateTimeOffset.UtcNow.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), html);
        Assert.Contains("<td>Partner &lt;A&gt; &amp; Co</td><td>BE</td><td>NGO</td><td>Original signatory</td>", html);
        Assert.Contains("<td>Partner B</td><td>FR</td>", html);
        Assert.Contains("<td>Convening Alliance</td><td>DE</td>", html);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_address_is_made_from_the_title_and_two_statements_of_one_title_get_different_addresses()
    {
        var (firstId, first) = await f.PublishAsync("Stop Child Exploitation — Now!", "One.");
        var (_, second) = await f.PublishAsync("Stop child exploitation: now", "Two.");

        Assert.Equal("stop-child-exploitation-now", first);
        Assert.Equal("stop-child-exploitation-now-2", second);
        Assert.Contains("One.", await f.Public().GetStringAsync($"/p/{first}"));
        Assert.Contains("Two.", await f.Public().GetStringAsync($"/p/{second}"));
        var page = await (await f.Viewer.Client.GetAsync($"/api/statements/{firstId}/public-page")).ReadJsonAsync();
        Assert.Equal("/p/stop-child-exploitation-now", page.GetProperty("path").GetString());
        Assert.True(page.GetProperty("isPublic").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_address_is_404_and_the_participants_route_refuses_outsiders()
    {
        var (id, _) = await f.PublishAsync("Refusals", "Text.");

        Assert.Equal(HttpStatusCode.NotFound, (await f.Public().GetAsync("/p/no-such-statement")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await f.Public().GetAsync("/p/Bad%20Slug")).StatusCode);
        await (await f.Public().GetAsync("/api/public/statements/no-such-statement")).AssertProblemAsync(404, "publication.not_found");
        await (await f.Outsider.Client.GetAsync($"/api/statements/{id}/public-page")).AssertProblemAsync(404, "statement.not_found");
        Assert.Equal(HttpStatusCode.Unauthorized, (await f.Public().GetAsync($"/api/statements/{id}/public-page")).StatusCode);
    }

    [Fact]
    public async Task The_list_and_the_atom_feed_link_to_each_public_page()
    {
        var (_, slug) = await f.PublishAsync("Feed & list <test>", "Feed text with a [link](https://example.org).");

        var list = await f.Public().GetStringAsync("/p");
        var feedResponse = await f.Public().GetAsync("/p/feed.atom");
        var feed = XDocument.Parse(await feedResponse.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.Contains($"<a href=\"/p/{slug}\">Feed &amp; list &lt;test&gt;</a>", list);
        Assert.Equal("application/atom+xml", feedResponse.Content.Headers.ContentType?.MediaType);
        var entry = feed.Root!.Elements(atom + "entry").Single(e => e.Element(atom + "title")!.Value == "Feed & list <test>");
        Assert.Equal($"https://localhost/p/{slug}", entry.Element(atom + "link")!.Attribute("href")!.Value);
        Assert.StartsWith("Feed text with a", entry.Element(atom + "summary")!.Value);
        var json = await (await f.Public().GetAsync("/api/public/statements")).ReadJsonAsync();
        Assert.Contains(json.EnumerateArray(), s => s.GetProperty("slug").GetString() == slug);
    }

    [Fact]
    public async Task The_style_sheet_has_print_rules_and_the_pages_need_no_script()
    {
        var (_, slug) = await f.PublishAsync("Printable", "Print me.");

        var css = await f.Public().GetAsync("/p/assets/publication.css");
        var page = await f.Public().GetStringAsync($"/p/{slug}");

        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        var sheet = await css.Content.ReadAsStringAsync();
        Assert.Contains("@media print", sheet);
        Assert.Contains("#sign-on", sheet[sheet.IndexOf("@media print", StringComparison.Ordinal)..]);
        Assert.Matches("<link rel=\"stylesheet\" href=\"/p/assets/publication.css\\?v=[0-9a-f]+\"", page);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<[^>]+\son[a-z]+\s*=", page);
    }

    [Fact]
    public async Task The_page_links_the_style_sheet_by_its_version_which_browsers_may_keep_and_allows_no_other_inline_style()
    {
        var (_, slug) = await f.PublishAsync("Versioned sheet", "Styled.");

        var response = await f.Public().GetAsync($"/p/{slug}");
        var page = await response.Content.ReadAsStringAsync();
        var href = System.Text.RegularExpressions.Regex.Match(page, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Groups[1].Value;
        var versioned = await f.Public().GetAsync(href);
        var plain = await f.Public().GetAsync("/p/assets/publication.css");

        Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await versioned.Content.ReadAsStringAsync());
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await versioned.Content.ReadAsByteArrayAsync()));
        Assert.StartsWith(hash[..16], href[(href.IndexOf("?v=", StringComparison.Ordinal) + 3)..]);
        Assert.True(versioned.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365));
        Assert.True(plain.Headers.CacheControl?.NoCache);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("'unsafe-inline'", policy);
        Assert.DoesNotMatch(@"<[^>]+\sstyle\s*=", page);
    }

    [Fact]
    public async Task The_html_export_carries_its_style_sheet_inside_and_the_policy_allows_exactly_that_sheet()
    {
        var (_, slug) = await f.PublishAsync("Exported sheet", "Styled export.");

        var response = await f.Public().GetAsync($"/p/{slug}/export.html");
        var html = await response.Content.ReadAsStringAsync();
        var style = System.Text.RegularExpressions.Regex.Match(html, "<style>(.*?)</style>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;

        Assert.Contains("@media print", style);
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(style)));
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"style-src 'self' 'sha256-{hash}'", policy);
        Assert.DoesNotContain("'unsafe-inline'", policy);
    }
}
