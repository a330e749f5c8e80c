namespace CoDraft.Server.Deployment;

/// <summary>Redis, which several CoDraft processes share for SignalR. Bound from the "Redis" configuration section.</summary>
public sealed class RedisOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string (e.g. <c>redis:6379</c> or <c>host:6379,password=…,ssl=true</c>). When
    /// set, hub messages go through Redis so that every process reaches every client (the SignalR backplane), and
    /// presence is shared between processes. Unset: one process, no Redis.
    /// </summary>
    public string? Connection { get; set; }

    /// <summary>Prefix of every Redis channel CoDraft uses, so that several deployments can share one Redis.</summary>
    public string ChannelPrefix { get; set; } = "codraft";
}
