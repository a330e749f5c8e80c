using CoDraft.Server.Deployment;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Tests.Deployment;

public sealed class PublicUrlTests
{
    [Fact]
    public void Links_use_the_configured_public_url_whatever_address_the_request_came_by()
    {
        var urls = new PublicUrls(Options.Create(new PublicUrlOptions { PublicUrl = "https://letters.example.org/" }));
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("10.0.0.4:8080");

        Assert.Equal("https://letters.example.org/p/open-letter", urls.For(request, "/p/open-letter"));
    }

    [Fact]
    public void Without_a_public_url_links_use_the_request_s_scheme_and_host()
    {
        var urls = new PublicUrls(Options.Create(new PublicUrlOptions()));
        var request = new DefaultHttpContext().Request;
        request.Scheme = "https";
        request.Host = new HostString("codraft.example.org");

        Assert.Equal("https://codraft.example.org/p/feed.atom", urls.For(request, "/p/feed.atom"));
    }

    [Fact]
    public void A_public_url_that_is_not_an_absolute_http_address_stops_the_server_at_start()
    {
        using var factory = new CoDraftFactory(settings: new Dictionary<string, string?> { ["PublicUrl"] = "letters.example.org" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("PublicUrl", error.ToString());
    }
}
