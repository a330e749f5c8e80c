using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using CoDraft.Server.Tests.Infrastructure;
using CoDraft.Server.Tests.SignOff;

namespace CoDraft.Server.Tests.Publishing;

/// <summary>
/// Public answers come from the server's cache of rendered bytes: each carries a strong entity tag and caching
/// headers, a conditional request for unchanged content gets 304 with no body, text is compressed when the client
/// accepts it, and every change the public can see shows on the very next request.
/// </summary>
public sealed class PublicCacheTests(LongCachePublicationFixture f) : IClassFixture<LongCachePublicationFixture>
{
    private static readonly string[] StatementRoutes =
        ["/p/{0}", "/p/{0}/export.md", "/p/{0}/export.html", "/p/{0}/export.json", "/p/{0}/signatories.csv", "/api/public/statements/{0}"];

    private static readonly string[] Listings = ["/p", "/p/feed.atom", "/api/public/statements"];

    private async Task<HttpResponseMessage> GetAsync(string path, string? ifNoneMatch = null, string? acceptEncoding = null, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        if (host is not null)
        {
            request.Headers.Host = host;
        }
        return await f.Public().SendAsync(request);
    }

    private async Task<(string Body, string ETag)> ReadAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {response.StatusCode}");
        return (await response.Content.ReadAsStringAsync(), response.Headers.ETag!.ToString());
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Every_public_answer_has_a_strong_etag_and_an_unchanged_one_is_answered_304_without_a_body()
    {
        var (_, slug) = await f.PublishAsync("Cached letter " + Guid.NewGuid().ToString("N")[..6], "# Letter\n\nWe ask for shade.\n");

        foreach (var path in StatementRoutes.Select(r => string.Format(System.Globalization.CultureInfo.InvariantCulture, r, slug)).Concat(Listings))
        {
            var first = await GetAsync(path);
            Assert.True(first.StatusCode == HttpStatusCode.OK, $"{path} answered {first.StatusCode}");
            var etag = first.Headers.ETag;
            Assert.NotNull(etag);
            Assert.False(etag.IsWeak, path);
            var cacheControl = first.Headers.CacheControl!;
            Assert.True(cacheControl.Public, path);
            // By default browsers ask again every time (a 304 when unchanged), so nobody reads a page older than the cache's.
            Assert.True(cacheControl.NoCache, path);
            Assert.Null(cacheControl.MaxAge);
            AssertSecurityHeaders(first);

            var again = await GetAsync(path, ifNoneMatch: etag.ToString());
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync());
            Assert.Equal(etag, again.Headers.ETag);
            AssertSecurityHeaders(again);

            var other = await GetAsync(path, ifNoneMatch: "\"something-else\"");
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
            Assert.Equal(await first.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
        }
        var csv = await GetAsync($"/p/{slug}/signatories.csv");
        Assert.Equal($"{slug}-signatories.csv", csv.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
    }

    [Fact]
    public async Task An_approved_sign_on_shows_at_once_on_the_page_the_exports_and_the_listing_and_the_old_etag_no_longer_matches()
    {
        var (id, slug) = await f.PublishAsync("Growing letter " + Guid.NewGuid().ToString("N")[..6], "We ask.");
        var (page, pageTag) = await ReadAsync($"/p/{slug}");
        var (csv, _) = await ReadAsync($"/p/{slug}/signatories.csv");
        var list = await (await GetAsync("/api/public/statements")).ReadJsonAsync();
        Assert.DoesNotContain("Newcomer Trust", page + csv);
        Assert.Equal(3, list.EnumerateArray().Single(s => s.GetProperty("slug").GetString() == slug).GetProperty("signatories").GetInt32());

        await f.SignedOnAsync(id, slug, "Newcomer Trust");

        var after = await GetAsync($"/p/{slug}", ifNoneMatch: pageTag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Newcomer Trust", await after.Content.ReadAsStringAsync());
        Assert.NotEqual(pageTag, after.Headers.ETag!.ToString());
        Assert.Contains("Newcomer Trust", (await ReadAsync($"/p/{slug}/signatories.csv")).Body);
        Assert.Contains("Newcomer Trust", (await ReadAsync($"/api/public/statements/{slug}")).Body);
        list = await (await GetAsync("/api/public/statements")).ReadJsonAsync();
        Assert.Equal(4, list.EnumerateArray().Single(s => s.GetProperty("slug").GetString() == slug).GetProperty("signatories").GetInt32());
    }

    [Fact]
    public async Task A_correction_a_reconfirmation_a_withdrawal_and_closing_each_show_on_the_next_request()
    {
        var (id, slug) = await f.PublishAsync("Changing letter " + Guid.NewGuid().ToString("N")[..6], "We call on the EU by 2025.");
        await ReadAsync($"/p/{slug}");
        var (csv, _) = await ReadAsync($"/p/{slug}/signatories.csv");
        var (feed, _) = await ReadAsync("/p/feed.atom");
        Assert.Contains("Partner B", csv);
        Assert.DoesNotContain("deadline year was wrong", feed);

        (await f.Lead.Client.PostAsJsonAsync($"/api/statements/{id}/corrections",
            new { text = "We call on the EU by 2026.", reason = "The deadline year was wrong." })).EnsureSuccessStatusCode();
        var page = (await ReadAsync($"/p/{slug}")).Body;
        Assert.Contains("by 2026", page);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(page, "Reconfirmation pending").Count);
        Assert.Contains("deadline year was wrong", (await ReadAsync("/p/feed.atom")).Body);

        (await f.SignatoryA.Client.PostAsJsonAsync($"/api/statements/{id}/corrections/1/reconfirmations", new { decision = "Reconfirmed" })).EnsureSuccessStatusCode();
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches((await ReadAsync($"/p/{slug}")).Body, "Reconfirmation pending").Count);

        (await f.SignatoryB.Client.PostAsJsonAsync($"/api/statements/{id}/corrections/1/reconfirmations", new { decision = "Withdrawn" })).EnsureSuccessStatusCode();
        Assert.DoesNotContain("Partner B", (await ReadAsync($"/p/{slug}/signatories.csv")).Body);

        Assert.Contains("<form", (await ReadAsync($"/p/{slug}")).Body);
        (await f.Lead.Client.MoveAsync(id, "Closed")).EnsureSuccessStatusCode();
        page = (await ReadAsync($"/p/{slug}")).Body;
        Assert.Contains("it takes no new signatories", page);
        Assert.DoesNotContain("<form", page);
    }

    [Fact]
    public async Task A_renamed_organisation_shows_under_its_new_name_at_once()
    {
        var (_, slug) = await f.PublishAsync("Renamed signatory letter " + Guid.NewGuid().ToString("N")[..6], "We ask.");
        Assert.Contains("Convening Alliance", (await ReadAsync($"/p/{slug}")).Body);
        var renamed = "Convening Alliance " + Guid.NewGuid().ToString("N")[..6];

        (await f.Lead.Client.PutAsJsonAsync($"/api/organisations/{f.Convening}",
            new { name = renamed, country = "DE", type = "Ngo", website = "https://convening.example" })).EnsureSuccessStatusCode();

        Assert.Contains(renamed, (await ReadAsync($"/p/{slug}")).Body);
        Assert.Contains(renamed, (await ReadAsync($"/p/{slug}/export.md")).Body);
    }

    [Fact]
    public async Task An_embargoed_statement_stays_404_while_cached_listings_are_served_and_appears_everywhere_once_the_clock_passes_its_time()
    {
        var title = "Cache embargo letter " + Guid.NewGuid().ToString("N")[..6];
        var (_, slug) = await f.PublishAsync(title, "Not before noon.", publicFrom: f.Factory.Clock.GetUtcNow().AddMinutes(20));
        var listingTags = new Dictionary<string, string>();
        foreach (var listing in Listings)
        {
            var (body, tag) = await ReadAsync(listing);
            Assert.DoesNotContain(slug, body);
            Assert.Equal(tag, (await ReadAsync(listing)).ETag);
            listingTags[listing] = tag;
        }
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/p/{slug}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/p/{slug}/export.md")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/api/public/statements/{slug}")).StatusCode);
        }

        f.Factory.Clock.Advance(TimeSpan.FromMinutes(19));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/p/{slug}")).StatusCode);
        Assert.DoesNotContain(slug, (await ReadAsync("/p")).Body);

        f.Factory.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Contains(title, (await ReadAsync($"/p/{slug}")).Body);
        foreach (var listing in Listings)
        {
            var response = await GetAsync(listing, ifNoneMatch: listingTags[listing]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(slug, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Lifting_an_embargo_shows_the_statement_in_the_cached_listings_at_once()
    {
        var (id, slug) = await f.PublishAsync("Lifted letter " + Guid.NewGuid().ToString("N")[..6], "Now.", publicFrom: f.Factory.Clock.GetUtcNow().AddDays(3));
        Assert.DoesNotContain(slug, (await ReadAsync("/p/feed.atom")).Body);

        (await f.Lead.Client.PutAsJsonAsync($"/api/statements/{id}/publication/public-from", new { publicFrom = (DateTimeOffset?)null })).EnsureSuccessStatusCode();

        Assert.Contains(slug, (await ReadAsync("/p/feed.atom")).Body);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync($"/p/{slug}")).StatusCode);
    }

    [Fact]
    public async Task A_newly_published_statement_shows_at_once_in_listings_cached_before_it()
    {
        foreach (var listing in Listings)
        {
            await ReadAsync(listing);
        }

        var (_, slug) = await f.PublishAsync("Fresh letter " + Guid.NewGuid().ToString("N")[..6], "We ask.");

        foreach (var listing in Listings)
        {
            Assert.Contains(slug, (await ReadAsync(listing)).Body);
        }
    }

    [Fact]
    public async Task An_embargo_moved_earlier_ends_at_its_new_time_in_the_cached_listings()
    {
        var (id, slug) = await f.PublishAsync("Moved embargo letter " + Guid.NewGuid().ToString("N")[..6], "Soon.", publicFrom: f.Factory.Clock.GetUtcNow().AddDays(3));
        Assert.DoesNotContain(slug, (await ReadAsync("/p")).Body);

        (await f.Lead.Client.PutAsJsonAsync($"/api/statements/{id}/publication/public-from",
            new { publicFrom = f.Factory.Clock.GetUtcNow().AddMinutes(5) })).EnsureSuccessStatusCode();
        Assert.DoesNotContain(slug, (await ReadAsync("/p")).Body);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/p/{slug}")).StatusCode);
        f.Factory.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Contains(slug, (await ReadAsync("/p")).Body);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync($"/p/{slug}")).StatusCode);
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("gzip;q=1.0, br;q=0", "gzip")]
    [InlineData("identity", null)]
    public async Task Text_is_compressed_in_the_encoding_the_client_accepts_and_each_encoding_has_its_own_etag(string accept, string? expected)
    {
        var (_, slug) = await f.PublishAsync("Compressed letter " + Guid.NewGuid().ToString("N")[..6], string.Concat(Enumerable.Repeat("We ask for clean air. ", 80)));
        var plain = await GetAsync($"/p/{slug}");
        var plainBody = await plain.Content.ReadAsByteArrayAsync();

        var response = await GetAsync($"/p/{slug}", acceptEncoding: accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var raw = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        if (expected is null)
        {
            Assert.Equal(plainBody, raw);
            Assert.Equal(plain.Headers.ETag, response.Headers.ETag);
            return;
        }
        Assert.True(raw.Length < plainBody.Length / 2, $"{raw.Length} bytes compressed of {plainBody.Length}");
        using var input = new MemoryStream(raw);
        using Stream decoder = expected == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded);
        Assert.Equal(plainBody, decoded.ToArray());
        Assert.NotEqual(plain.Headers.ETag, response.Headers.ETag);
        var conditional = await GetAsync($"/p/{slug}", ifNoneMatch: response.Headers.ETag!.ToString(), acceptEncoding: accept);
        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
        Assert.Equal(response.Headers.ETag, conditional.Headers.ETag);
    }

    [Fact]
    public async Task The_thank_you_page_and_the_plain_page_are_cached_apart_and_no_path_can_reach_the_thank_you_entry()
    {
        var (_, slug) = await f.PublishAsync("Thanks letter " + Guid.NewGuid().ToString("N")[..6], "We ask.");

        var thanks = (await ReadAsync($"/p/{slug}?requested=true")).Body;
        var plain = (await ReadAsync($"/p/{slug}")).Body;
        var again = (await ReadAsync($"/p/{slug}?requested=true")).Body;
        var encoded = await GetAsync($"/p/{slug}%3Frequested=true");

        Assert.Contains("sign-on-thanks", thanks);
        Assert.Contains("sign-on-thanks", again);
        Assert.DoesNotContain("sign-on-thanks", plain);
        Assert.Equal(HttpStatusCode.NotFound, encoded.StatusCode);
    }

    [Fact]
    public async Task Links_are_written_for_the_host_each_request_came_by_even_when_another_host_filled_the_cache()
    {
        var (_, slug) = await f.PublishAsync("Two hosts letter " + Guid.NewGuid().ToString("N")[..6], "We ask.");

        var first = await (await GetAsync("/p/feed.atom", host: "first.example")).Content.ReadAsStringAsync();
        var second = await (await GetAsync("/p/feed.atom", host: "second.example")).Content.ReadAsStringAsync();
        var json = await (await GetAsync($"/api/public/statements/{slug}", host: "second.example")).ReadJsonAsync();

        Assert.Contains($"first.example/p/{slug}", first);
        Assert.DoesNotContain("second.example", first);
        Assert.Contains($"second.example/p/{slug}", second);
        Assert.DoesNotContain("first.example", second);
        Assert.EndsWith($"second.example/p/{slug}", json.GetProperty("url").GetString());
    }
}
