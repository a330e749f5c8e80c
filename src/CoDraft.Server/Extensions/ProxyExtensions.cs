using System.Net;
using CoDraft.Server.Auth;
using CoDraft.Server.Deployment;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Extensions;

/// <summary>
/// Running behind a TLS-terminating proxy: forwarded headers from trusted proxies only, public links, the https
/// guard of the cookie flows, and the start-up warning when nobody could sign in.
/// </summary>
public static class ProxyExtensions
{
    /// <summary>Registers the proxy trust, <see cref="PublicUrls"/> and their options.</summary>
    public static WebApplicationBuilder AddCoDraftProxy(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ProxyOptions>(builder.Configuration.GetSection(ProxyOptions.Section));
        services.AddOptions<PublicUrlOptions>().Bind(builder.Configuration)
            .Validate(o => o.Problem() is null, "PublicUrl must be an absolute http(s) address such as https://codraft.example.org.")
            .ValidateOnStart();
        services.AddSingleton<PublicUrls>();
        // PostConfigure, so that it also wins over ASPNETCORE_FORWARDEDHEADERS_ENABLED, which trusts every peer.
        services.AddOptions<ForwardedHeadersOptions>().PostConfigure<IOptions<ProxyOptions>>((forwarded, proxy) => Trust(forwarded, proxy.Value));
        return builder;
    }

    /// <summary>First in the pipeline: the client's address, scheme and host as the trusted proxy saw them, then the https guard.</summary>
    public static WebApplication UseCoDraftProxy(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<HttpsCookieGuard>();
        app.Lifetime.ApplicationStarted.Register(() => PlainHttpWarning.Check(
            app.Services.GetRequiredService<IServer>(),
            app.Services.GetRequiredService<IOptions<AuthOptions>>(),
            app.Services.GetRequiredService<IOptions<ProxyOptions>>(),
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PlainHttpWarning).FullName!)));
        return app;
    }

    private static void Trust(ForwardedHeadersOptions forwarded, ProxyOptions proxy)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        // ASP.NET Core trusts loopback by default; CoDraft trusts nobody it was not told to, loopback included.
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var address in proxy.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.TryParse(address.Trim(), out var ip)
                ? ip
                : throw new InvalidOperationException($"Proxy:KnownProxies holds '{address}', which is not an IP address (e.g. 10.0.0.5)."));
        }
        foreach (var network in proxy.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Proxy:KnownNetworks holds '{network}', which is not a network in CIDR notation (e.g. 172.16.0.0/12)."));
        }
    }
}
