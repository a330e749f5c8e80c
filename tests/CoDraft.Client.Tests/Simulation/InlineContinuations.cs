namespace CoDraft.Client.Tests.Simulation;

/// <summary>
/// Lets replies complete the session's awaits inline on the test's thread. Under the test runner's
/// SynchronizationContext .NET refuses to inline continuations and queues them to the thread pool, which would
/// race the seeded schedule.
/// </summary>
public sealed class InlineContinuations : IDisposable
{
    private readonly SynchronizationContext? previous = SynchronizationContext.Current;

    private InlineContinuations() => SynchronizationContext.SetSynchronizationContext(null);

    public static InlineContinuations Enter() => new();

    public void Dispose() => SynchronizationContext.SetSynchronizationContext(previous);
}
