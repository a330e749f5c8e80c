namespace CoDraft.Server.Tests.Infrastructure;

/// <summary>The system clock, moved forward by <see cref="Advance"/>: for expiry and lockout, without waiting.</summary>
public sealed class AdjustableClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
