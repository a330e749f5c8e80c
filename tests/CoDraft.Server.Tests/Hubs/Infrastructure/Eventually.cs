namespace CoDraft.Server.Tests.Hubs.Infrastructure;

/// <summary>Polls a condition the server reaches in the background, failing after a generous timeout (no timing asserted).</summary>
public static class Eventually
{
    /// <summary>Long enough for a loaded 2-core machine; a passing test returns as soon as the condition holds.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public static async Task HoldsAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }
            await Task.Delay(20);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, string what) => HoldsAsync(() => Task.FromResult(condition()), what);
}
