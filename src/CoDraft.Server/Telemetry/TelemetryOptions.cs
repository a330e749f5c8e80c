namespace CoDraft.Server.Telemetry;

/// <summary>The Prometheus scrape endpoint. Bound from the "Metrics" section; off unless a port is given.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Metrics";

    /// <summary>The path Prometheus scrapes.</summary>
    public const string ScrapePath = "/metrics";

    /// <summary>
    /// A port of its own for <see cref="ScrapePath"/>; null (the default) serves no scrape endpoint. The endpoint
    /// answers on this port only, and this port answers nothing else, so it is kept private by not publishing it.
    /// </summary>
    public int? PrometheusPort { get; set; }

    /// <summary>The host the scrape port listens on: <c>localhost</c> (the default) or <c>+</c> for every interface (in a container).</summary>
    public string PrometheusHost { get; set; } = "localhost";
}
