using System.Net.Http.Json;
using CoDraft.Server.Tests.Hubs.Infrastructure;
using CoDraft.Server.Tests.Infrastructure;
using CoDraft.Server.Tests.SignOff;

namespace CoDraft.Server.Tests.ScaleOut;

/// <summary>Each server process caches the public pages; a change made through one reaches the others through Redis.</summary>
public sealed class TwoNodePublicCacheTests
{
    [SkippableFact]
    public async Task A_sign_on_approved_through_one_node_shows_on_the_page_the_other_node_had_cached()
    {
        // An hour-long cache: only the message through Redis can make node B show the change within the test.
        await using var cluster = await Cluster.StartAsync(2, new Dictionary<string, string> { ["Publication:CacheSeconds"] = "3600" });
        var (a, b) = (cluster.Nodes[0], cluster.Nodes[1]);
        var lead = cluster.Http(a);
        var id = cluster.StatementId;
        (await lead.OpenRoundAsync(id)).EnsureSuccessStatusCode();
        await lead.DecidedAsync(id, "Approve");
        (await lead.PublishAsync(id, null)).EnsureSuccessStatusCode();
        var slug = (await (await lead.GetAsync($"/api/statements/{id}/public-page")).ReadJsonAsync()).GetProperty("slug").GetString()!;
        using var visitorOfA = new HttpClient { BaseAddress = a.Address };
        using var visitorOfB = new HttpClient { BaseAddress = b.Address };
        var before = await visitorOfB.GetAsync($"/p/{slug}");
        var tag = before.Headers.ETag!.ToString();
        Assert.DoesNotContain("Cross Node Trust", await before.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotModified, (await GetAsync(visitorOfB, $"/p/{slug}", tag)).StatusCode);

        var request = await (await visitorOfA.PostAsJsonAsync($"/api/public/statements/{slug}/sign-ons", new
        {
            organisation = "Cross Node Trust", country = "DE", type = "Ngo", contactPerson = "C", email = "c@example.org", consent = true,
        })).ReadJsonAsync();
        (await lead.PostAsJsonAsync($"/api/statements/{id}/sign-ons/{request.GetProperty("id").GetGuid()}/approve", new { })).EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(async () => (await visitorOfB.GetStringAsync($"/p/{slug}")).Contains("Cross Node Trust", StringComparison.Ordinal),
            "node B's page shows the sign-on approved through node A");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await GetAsync(visitorOfB, $"/p/{slug}", tag)).StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await client.SendAsync(request);
    }
}
