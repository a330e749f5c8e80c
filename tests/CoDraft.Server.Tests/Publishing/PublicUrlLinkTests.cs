using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Publishing;

/// <summary>A coalition on a server whose public address is set (<c>PublicUrl</c>), as behind a proxy with a domain.</summary>
public sealed class PublicUrlFixture() : PublicationFixture(new Dictionary<string, string?> { ["PublicUrl"] = PublicUrlLinkTests.PublicUrl });

public sealed class PublicUrlLinkTests(PublicUrlFixture f) : IClassFixture<PublicUrlFixture>
{
    public const string PublicUrl = "https://letters.example.org";

    [Fact]
    public async Task Every_link_to_a_public_statement_uses_the_public_url_not_the_address_the_request_came_by()
    {
        var (id, slug) = await f.PublishAsync("Letter on the public address", "# Letter\n\nWe ask.\n");
        var page = $"{PublicUrl}/p/{slug}";

        var forLead = await (await f.Lead.Client.GetAsync($"/api/statements/{id}/public-page")).ReadJsonAsync();
        var json = await (await f.Public().GetAsync($"/api/public/statements/{slug}")).ReadJsonAsync();
        var feed = await (await f.Public().GetAsync("/p/feed.atom")).Content.ReadAsStringAsync();
        var markdown = await (await f.Public().GetAsync($"/p/{slug}/export.md")).Content.ReadAsStringAsync();

        Assert.Equal(page, forLead.GetProperty("url").GetString());
        Assert.Equal(page, json.GetProperty("url").GetString());
        Assert.Contains($"href=\"{page}\"", feed);
        Assert.Contains($"{PublicUrl}/p/feed.atom", feed);
        Assert.Contains(page, markdown);
        Assert.DoesNotContain("https://localhost", feed + markdown);
    }
}
