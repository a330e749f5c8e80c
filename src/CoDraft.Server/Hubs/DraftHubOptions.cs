namespace CoDraft.Server.Hubs;

/// <summary>Limits of the live-editing hub. Bound from the "Hub" configuration section.</summary>
public sealed class DraftHubOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Hub";

    /// <summary>Sustained ops per second one connection may submit; fast typing is about 10.</summary>
    public double MaxOpsPerSecond { get; set; } = 30;

    /// <summary>Ops one connection may submit in a burst above the sustained rate (a paste, a reconnect resend).</summary>
    public int Burst { get; set; } = 60;

    /// <summary>
    /// How long, in seconds, a connection's submissions, cursor moves and catch-ups may rely on the access it read
    /// for its previous call, while this server has changed no access since (see
    /// <see cref="Auth.StatementGuard.RequireRecentAsync"/>): the longest a change made through another server
    /// sharing the store takes to reach this server's live connections. 0 reads access on every call.
    /// </summary>
    public double AccessRecheckSeconds { get; set; } = 2;
}
