namespace CoDraft.Client.Sessions;

/// <summary>Settings of a <see cref="DraftSession"/>.</summary>
public sealed class DraftSessionOptions
{
    /// <summary>
    /// Identifies this session's submissions as (clientId, seq); a fresh UUID when null. Reuse one only for a session
    /// that continues the same unacknowledged edits, never for two live sessions.
    /// </summary>
    public string? ClientId { get; init; }

    /// <summary>Pause before resending a submission refused with <c>rate.limited</c> or <c>store.contention</c>; a few typing beats.</summary>
    public TimeSpan RateLimitBackoff { get; init; } = TimeSpan.FromMilliseconds(250);
}
