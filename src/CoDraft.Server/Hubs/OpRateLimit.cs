namespace CoDraft.Server.Hubs;

/// <summary>A token bucket for one connection's submissions: <c>burst</c> tokens, refilled at <c>perSecond</c>.</summary>
internal sealed class OpRateLimit(double perSecond, int burst, TimeProvider clock)
{
    private readonly Lock gate = new();
    private double tokens = burst;
    private long lastTimestamp = clock.GetTimestamp();

    /// <summary>Takes a token; false when the connection is over its limit.</summary>
    public bool TryTake()
    {
        lock (gate)
        {
            var now = clock.GetTimestamp();
            tokens = Math.Min(burst, tokens + clock.GetElapsedTime(lastTimestamp, now).TotalSeconds * perSecond);
            lastTimestamp = now;
            if (tokens < 1)
            {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
