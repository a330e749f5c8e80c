using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Publishing;

/// <summary>
/// The per-address limit on sign-on submissions (<see cref="PublicationOptions.SignOnsPerAddressPerHour"/>, every
/// submission counts): a <see cref="PartitionedRateLimiter"/> of fixed-window limiters, one per client address and
/// clock hour. The hour is part of the partition, read from <see cref="TimeProvider"/>, so the window turns with the
/// server's clock (the rate limiters themselves only know the machine's timer); the limiter drops partitions once
/// they are idle. Kept in memory: a restart forgets the counts, which only ever lets a few more requests through.
/// </summary>
public sealed class SignOnThrottle : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly TimeProvider clock;
    private readonly int perHour;
    private readonly PartitionedRateLimiter<(string Address, long Hour)> limiter;

    /// <summary>Creates the limiter from <see cref="PublicationOptions.SignOnsPerAddressPerHour"/>.</summary>
    public SignOnThrottle(IOptions<PublicationOptions> options, TimeProvider clock)
    {
        this.clock = clock;
        perHour = options.Value.SignOnsPerAddressPerHour;
        limiter = PartitionedRateLimiter.Create<(string Address, long Hour), (string, long)>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, perHour), Window = Window, QueueLimit = 0 }));
    }

    /// <summary>Counts a submission from <paramref name="address"/>; false (and how long to wait) when it is over the limit.</summary>
    public bool TryAcquire(string address, out TimeSpan retryAfter)
    {
        var now = clock.GetUtcNow();
        var hour = now.UtcTicks / Window.Ticks;
        retryAfter = new DateTimeOffset((hour + 1) * Window.Ticks, TimeSpan.Zero) - now;
        if (perHour < 1)
        {
            return false; // a limit of 0 takes no sign-ons at all; a fixed window cannot be that small
        }
        using var lease = limiter.AttemptAcquire((address, hour));
        return lease.IsAcquired;
    }

    /// <inheritdoc />
    public void Dispose() => limiter.Dispose();
}
