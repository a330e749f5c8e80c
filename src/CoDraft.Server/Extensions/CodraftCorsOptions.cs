namespace CoDraft.Server.Extensions;

/// <summary>Which other origins' web pages may call the API. Bound from the "Cors" configuration section.</summary>
public sealed class CodraftCorsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Cors";

    /// <summary>
    /// Origins (scheme://host[:port]) allowed to call the API with bearer tokens. Empty (the default) allows none:
    /// the web client is served by the server itself and needs no CORS.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}
