using System.Threading.RateLimiting;

namespace CoDraft.Server.Hubs;

/// <summary>
/// One connection's limit on submissions: a <see cref="TokenBucketRateLimiter"/> of <c>burst</c> tokens, refilled at
/// <c>perSecond</c>. It refills when asked for a token, in proportion to the time since it last did (no timer per
/// connection), so a connection that sends nothing costs nothing, and there is nothing to release when it closes.
/// </summary>
internal sealed class OpRateLimit
{
    private readonly TokenBucketRateLimiter bucket;

    /// <summary>A full bucket of <paramref name="burst"/> tokens that refills at <paramref name="perSecond"/>.</summary>
    public OpRateLimit(double perSecond, int burst) =>
        bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, burst),
            // One token per period: the bucket adds fractions of it as time passes, so the rate need not be whole.
            TokensPerPeriod = 1,
            ReplenishmentPeriod = perSecond > 0 ? TimeSpan.FromSeconds(1 / perSecond) : TimeSpan.MaxValue,
            AutoReplenishment = false,
            QueueLimit = 0,
        });

    /// <summary>Takes a token; false when the connection is over its limit.</summary>
    public bool TryTake()
    {
        bucket.TryReplenish();
        using var lease = bucket.AttemptAcquire();
        return lease.IsAcquired;
    }
}
