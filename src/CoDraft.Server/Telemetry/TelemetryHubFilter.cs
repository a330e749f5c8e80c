using Microsoft.AspNetCore.SignalR;

namespace CoDraft.Server.Telemetry;

/// <summary>Counts hub connections as they open and close (<see cref="CoDraftMetrics"/>).</summary>
public sealed class TelemetryHubFilter : IHubFilter
{
    /// <inheritdoc />
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        CoDraftMetrics.Connected();
    }

    /// <inheritdoc />
    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        CoDraftMetrics.Disconnected();
        await next(context, exception);
    }
}
