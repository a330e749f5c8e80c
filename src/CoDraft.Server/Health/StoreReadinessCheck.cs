using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoDraft.Server.Health;

/// <summary>
/// Ready means the store answers: a ping for MongoDB (cheap, whatever the data), and for any other store a lookup
/// of a statement that cannot exist, which goes through the same connections as real reads. A failure or a
/// time-out is reported as unhealthy by the health check service.
/// </summary>
internal sealed class StoreReadinessCheck(IDraftStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (store is MongoDraftStore mongo)
        {
            await mongo.PingAsync(cancellationToken);
        }
        else
        {
            await store.FindStatementAsync(Guid.Empty, cancellationToken);
        }
        return HealthCheckResult.Healthy($"{store.GetType().Name} answered.");
    }
}
