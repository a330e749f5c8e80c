using System.Net;
using System.Net.Http.Json;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Publishing;

/// <summary>
/// Before its embargo ends a statement does not exist on the public side: every public route answers as for an
/// unknown address and no listing, feed or export mentions it. Participants can still prepare the exports.
/// </summary>
public sealed class EmbargoTests(PublicationFixture f) : IClassFixture<PublicationFixture>
{
    private static readonly string[] PageRoutes = ["", "/export.md", "/export.html", "/export.json", "/signatories.csv"];

    [Fact]
    public async Task Nothing_of_an_embargoed_statement_leaks_through_any_public_route_until_the_embargo_ends()
    {
        var title = "Embargoed letter " + Guid.NewGuid().ToString("N")[..6];
        var secret = "Secret wording " + Guid.NewGuid().ToString("N");
        var (id, slug) = await f.PublishAsync(title, secret, publicFrom: f.Factory.Clock.GetUtcNow().AddMinutes(30));
        var unknownPage = await (await f.Public().GetAsync("/p/no-such-statement")).Content.ReadAsStringAsync();

        foreach (var route in PageRoutes)
        {
            var response = await f.Public().GetAsync($"/p/{slug}{route}");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"/p/{slug}{route} answered {response.StatusCode}");
            Assert.Equal(unknownPage, await response.Content.ReadAsStringAsync());
        }
        var form = await f.PostFormAsync(slug, PublicationFixture.Form("Early Bird Org"));
        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        await (await f.Public().PostAsJsonAsync($"/api/public/statements/{slug}/sign-ons", new
        {
            organisation = "Early Bird Json", country = "DE", type = "Ngo", contactPerson = "C", email = "c@example.org", consent = true,
        })).AssertProblemAsync(404, "publication.not_found");
        await (await f.Public().GetAsync($"/api/public/statements/{slug}")).AssertProblemAsync(404, "publication.not_found");
        foreach (var listing in new[] { "/p", "/p/feed.atom", "/api/public/statements" })
        {
            var body = await f.Public().GetStringAsync(listing);
            Assert.DoesNotContain(title, body);
            Assert.DoesNotContain(slug, body);
            Assert.DoesNotContain(secret, body);
        }
        Assert.Empty((await f.RequestsAsync(id)).EnumerateArray());

        // Participants prepare the press release during the embargo.
        var export = await f.Viewer.Client.GetAsync($"/api/statements/{id}/exports/statement.md");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains(secret, await export.Content.ReadAsStringAsync());
        Assert.False((await (await f.Viewer.Client.GetAsync($"/api/statements/{id}/public-page")).ReadJsonAsync()).GetProperty("isPublic").GetBoolean());

        f.Factory.Clock.Advance(TimeSpan.FromMinutes(31));

        foreach (var route in PageRoutes)
        {
            Assert.Equal(HttpStatusCode.OK, (await f.Public().GetAsync($"/p/{slug}{route}")).StatusCode);
        }
        Assert.Contains(secret, await f.Public().GetStringAsync($"/p/{slug}"));
        foreach (var listing in new[] { "/p", "/p/feed.atom", "/api/public/statements" })
        {
            Assert.Contains(slug, await f.Public().GetStringAsync(listing));
        }
        Assert.Equal(HttpStatusCode.SeeOther, (await f.PostFormAsync(slug, PublicationFixture.Form("Punctual Org"))).StatusCode);
    }
}
