using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Publishing;

/// <summary>
/// The per-address limit on sign-on submissions: a fixed one-hour window per client address, counting every
/// submission. Kept in memory: a restart forgets the counts, which only ever lets a few more requests through.
/// </summary>
public sealed class SignOnThrottle(IOptions<PublicationOptions> options, TimeProvider clock)
{
    private const int PruneAbove = 10_000;
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, Counter> counters = new(StringComparer.Ordinal);

    /// <summary>Counts a submission from <paramref name="address"/>; false (and how long to wait) when it is over the limit.</summary>
    public bool TryAcquire(string address, out TimeSpan retryAfter)
    {
        var now = clock.GetUtcNow();
        if (counters.Count > PruneAbove)
        {
            foreach (var (key, old) in counters)
            {
                if (now - old.Start >= Window)
                {
                    counters.TryRemove(key, out _);
                }
            }
        }
        var counter = counters.AddOrUpdate(address,
            _ => new Counter(now, 1),
            (_, c) => now - c.Start >= Window ? new Counter(now, 1) : c with { Count = c.Count + 1 });
        retryAfter = counter.Start + Window - now;
        return counter.Count <= options.Value.SignOnsPerAddressPerHour;
    }

    private sealed record Counter(DateTimeOffset Start, int Count);
}
