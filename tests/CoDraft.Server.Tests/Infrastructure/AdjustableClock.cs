namespace CoDraft.Server.Tests.Infrastructure;

/// <summary>The system clock, moved forward by <see cref="Advance"/>: for expiry, lockout and rechecks, without waiting.</summary>
public sealed class AdjustableClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    /// <summary>Elapsed time measured with timestamps moves forward with <see cref="Advance"/> too.</summary>
    public override long GetTimestamp() =>
        base.GetTimestamp() + (long)((double)Interlocked.Read(ref offsetTicks) * TimestampFrequency / TimeSpan.TicksPerSecond);

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
