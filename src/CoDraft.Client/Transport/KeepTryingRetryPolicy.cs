using Microsoft.AspNetCore.SignalR.Client;

namespace CoDraft.Client.Transport;

/// <summary>
/// Reconnects at once, then backs off to <see cref="LongestDelay"/> and keeps trying: someone drafting should not
/// lose the session because the network was away for a minute (SignalR's default gives up after four tries).
/// </summary>
internal sealed class KeepTryingRetryPolicy : IRetryPolicy
{
    /// <summary>Longest pause between tries; short enough that a returning network is noticed soon.</summary>
    public static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan[] FirstDelays =
        [TimeSpan.Zero, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)];

    public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
        retryContext.PreviousRetryCount < FirstDelays.Length ? FirstDelays[retryContext.PreviousRetryCount] : LongestDelay;
}
