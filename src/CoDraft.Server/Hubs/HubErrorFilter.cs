using CoDraft.Core.Errors;
using CoDraft.Server.Telemetry;
using Microsoft.AspNetCore.SignalR;

namespace CoDraft.Server.Hubs;

/// <summary>Turns every refusal into a HubException whose message starts with its stable code: "code: detail".</summary>
public sealed class HubErrorFilter : IHubFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (CoDraftException e)
        {
            CoDraftMetrics.Refused(e.Code);
            throw new HubException($"{e.Code}: {e.Message}");
        }
    }
}
