using CoDraft.Server.Telemetry;
using Microsoft.AspNetCore.SignalR;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoDraft.Server.Extensions;

/// <summary>
/// Observability: OpenTelemetry metrics (CoDraft's own meter, ASP.NET Core, HTTP client) and traces, exported by OTLP
/// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and to Prometheus on <c>Metrics:PrometheusPort</c>; JSON console
/// logs with <c>Logging:Json=true</c>. With neither exporter configured nothing listens to the meters, which then
/// cost the editing path next to nothing.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The standard variable that turns the OTLP exporter on (the other <c>OTEL_*</c> variables configure it).</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The service name reported when <c>OTEL_SERVICE_NAME</c> does not give one.</summary>
    public const string ServiceName = "codraft";

    /// <summary>Registers the meters, exporters, the scrape port and the log format.</summary>
    public static WebApplicationBuilder AddCoDraftTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (configuration.GetValue<bool>("Logging:Json"))
        {
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
        var prometheus = options.PrometheusPort is not null;
        builder.Services.Configure<TelemetryOptions>(configuration.GetSection(TelemetryOptions.Section));
        builder.Services.Configure<HubOptions>(o => o.AddFilter(new TelemetryHubFilter()));
        // Every REST refusal is written as Problem Details with its code: count it there, after the code is added.
        builder.Services.PostConfigure<ProblemDetailsOptions>(o =>
        {
            var customize = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = context =>
            {
                customize?.Invoke(context);
                if (context.ProblemDetails.Extensions.TryGetValue("code", out var code) && code is string refused)
                {
                    CoDraftMetrics.Refused(refused);
                }
            };
        });
        if (!otlp && !prometheus)
        {
            return builder;
        }
        if (prometheus)
        {
            // The scrape port is one more address of the same server; the main addresses stay as configured.
            var scrape = $"http://{options.PrometheusHost}:{options.PrometheusPort}";
            builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, $"{MainUrls(configuration)};{scrape}");
        }
        // The meter's gauges exist from the start (0 connections is worth seeing), not from the first edit.
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(CoDraftMetrics).TypeHandle);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(CoDraftMetrics.MeterName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()).UseOtlpExporter();
        }
        return builder;
    }

    /// <summary>
    /// The addresses the server would listen on without the scrape port: <c>Urls</c>, else <c>HTTP_PORTS</c> (which the
    /// ASP.NET Core container images set, and which <c>Urls</c> would otherwise override), else Kestrel's default.
    /// </summary>
    private static string MainUrls(IConfiguration configuration)
    {
        if (configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } urls)
        {
            return urls;
        }
        if (configuration[WebHostDefaults.HttpPortsKey] is { Length: > 0 } ports)
        {
            return string.Join(';', ports.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"http://*:{p}"));
        }
        return "http://localhost:5000";
    }

    /// <summary>The scrape endpoint on its own port (before anything else answers), and nothing else on that port.</summary>
    public static WebApplication UseCoDraftTelemetry(this WebApplication app)
    {
        if (app.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>()?.PrometheusPort is not { } port)
        {
            return app;
        }
        // The local port, never the Host header, decides: a client cannot reach the metrics through the public port.
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Connection.LocalPort == port && context.Request.Path == TelemetryOptions.ScrapePath);
        app.Use((context, next) =>
        {
            if (context.Connection.LocalPort == port)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            return next(context);
        });
        return app;
    }
}
