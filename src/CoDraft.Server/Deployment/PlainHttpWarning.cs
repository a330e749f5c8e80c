using CoDraft.Server.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Deployment;

/// <summary>
/// Warns once the server is listening when nobody could sign in to it: every address is plain http, cookies are
/// Secure, and no proxy is trusted to say the request came over https.
/// </summary>
public static partial class PlainHttpWarning
{
    /// <summary>Checks the listening addresses and logs the warning when it applies.</summary>
    public static void Check(IServer server, IOptions<AuthOptions> auth, IOptions<ProxyOptions> proxy, ILogger logger)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (Applies(addresses, auth.Value, proxy.Value))
        {
            LogPlainHttp(logger, string.Join(", ", addresses));
        }
    }

    /// <summary>True when every address is http, cookies are Secure and no proxy is trusted.</summary>
    public static bool Applies(ICollection<string> addresses, AuthOptions auth, ProxyOptions proxy) =>
        addresses.Count > 0 &&
        addresses.All(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) &&
        auth.CookieSecurePolicy == CookieSecurePolicy.Always &&
        !proxy.TrustsAnyProxy;

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message =
        "CoDraft listens on plain http only ({Addresses}) with Secure cookies (Auth:CookieSecurePolicy=Always) and no trusted proxy: " +
        "nobody can sign in (auth.https_required). Put a TLS-terminating proxy in front and list it in Proxy:KnownProxies or " +
        "Proxy:KnownNetworks, or serve https yourself (README, \"Deploy\").")]
    private static partial void LogPlainHttp(ILogger logger, string addresses);
}
