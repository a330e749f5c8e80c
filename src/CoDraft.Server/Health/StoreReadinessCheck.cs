using CoDraft.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoDraft.Server.Health;

/// <summary>
/// Ready means the store answers its ping (<see cref="IStoreSchema.PingAsync"/>): a ping command for MongoDB (cheap,
/// whatever the data), and for SQLite a lookup of a statement that cannot exist, which goes through the same
/// connections as real reads. A failure or a time-out is reported as unhealthy by the health check service.
/// </summary>
internal sealed class StoreReadinessCheck(IStoreSchema store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await store.PingAsync(cancellationToken);
        return HealthCheckResult.Healthy($"{store.GetType().Name} answered.");
    }
}
