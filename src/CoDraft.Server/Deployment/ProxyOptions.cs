namespace CoDraft.Server.Deployment;

/// <summary>
/// Which reverse proxies the server believes about the client's address and the scheme and host it was reached by
/// (X-Forwarded-For, -Proto, -Host). Bound from the "Proxy" section. None by default: a forwarded header from any
/// peer not listed here is ignored, so a client talking to the server directly cannot forge its address past the
/// per-address limits.
/// </summary>
public sealed class ProxyOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Proxy";

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>172.16.0.0/12</c> (a Docker network).</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>True when at least one proxy or network is trusted.</summary>
    public bool TrustsAnyProxy => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}
