using System.Text.Json;
using CoDraft.Server.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoDraft.Server.Extensions;

/// <summary>
/// <c>/health/live</c>: the process serves requests (no check runs, so a slow store never gets a live server
/// restarted). <c>/health/ready</c>: the store answers too, so a load balancer sends traffic only where it can be
/// served. Both answer 200 when healthy and 503 when not, with a small JSON body.
/// </summary>
public static class HealthExtensions
{
    /// <summary>The path of the liveness probe.</summary>
    public const string LivePath = "/health/live";

    /// <summary>The path of the readiness probe.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>
    /// How long the store may take to answer the readiness probe: well below a usual probe period (10 s) and below
    /// MongoDB's server selection timeout, so that a dead store is reported rather than leaving the probe hanging.
    /// </summary>
    public static readonly TimeSpan StoreTimeout = TimeSpan.FromSeconds(3);

    private const string ReadyTag = "ready";

    /// <summary>Registers the readiness check of the store.</summary>
    public static IServiceCollection AddCoDraftHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreReadinessCheck>("store", tags: [ReadyTag], timeout: StoreTimeout);
        return services;
    }

    /// <summary>Maps the liveness and readiness probes.</summary>
    public static WebApplication MapCoDraftHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// The overall status and each check's status. Descriptions and exception messages are left out: they may
    /// name hosts, and the probes are often reachable from outside.
    /// </summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }));
    }
}
