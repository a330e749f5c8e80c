using CoDraft.Server.Hubs;

namespace CoDraft.Server.Tests.Hubs;

/// <summary>One connection's token bucket: a burst, then the sustained rate as time passes.</summary>
public sealed class OpRateLimitTests
{
    [Fact]
    public async Task A_connection_gets_its_burst_then_one_submission_per_refill_period()
    {
        var limit = new OpRateLimit(perSecond: 1, burst: 2);

        Assert.True(limit.TryTake());
        Assert.True(limit.TryTake());
        Assert.False(limit.TryTake());
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.True(limit.TryTake());
        Assert.False(limit.TryTake());
    }
}
