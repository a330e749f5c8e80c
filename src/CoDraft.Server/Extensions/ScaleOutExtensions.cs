using CoDraft.Server.Deployment;
using Microsoft.AspNetCore.SignalR;
using CoDraft.Server.Hubs;
using StackExchange.Redis;

namespace CoDraft.Server.Extensions;

/// <summary>
/// Running several CoDraft processes behind one address. The store orders ops (its unique (statement, version));
/// Redis only carries messages: with <see cref="RedisOptions.Connection"/> set, SignalR sends through its Redis
/// backplane, so an op committed by one process reaches the clients connected to every other, and
/// <see cref="RedisPresence"/> shares who is connected where, and <see cref="Publishing.RedisPublicInvalidation"/> tells the
/// other processes' public caches when public content changed. See docs/editing.md and docs/publication.md.
/// </summary>
public static class ScaleOutExtensions
{
    /// <summary>Adds the Redis backplane when Redis:Connection is set; does nothing otherwise.</summary>
    public static ISignalRServerBuilder AddCoDraftScaleOut(this ISignalRServerBuilder signalR, IConfiguration configuration)
    {
        var options = configuration.GetSection(RedisOptions.Section).Get<RedisOptions>() ?? new RedisOptions();
        signalR.Services.Configure<RedisOptions>(configuration.GetSection(RedisOptions.Section));
        if (string.IsNullOrWhiteSpace(options.Connection))
        {
            signalR.Services.AddSingleton<IRemotePresence, NoRemotePresence>();
            return signalR;
        }
        signalR.Services.AddSingleton<RedisPresence>();
        signalR.Services.AddSingleton<IRemotePresence>(sp => sp.GetRequiredService<RedisPresence>());
        signalR.Services.AddHostedService(sp => sp.GetRequiredService<RedisPresence>());
        // Each process caches the public pages; a change made on one reaches the others' caches through Redis.
        signalR.Services.AddHostedService<Publishing.RedisPublicInvalidation>();
        return signalR.AddStackExchangeRedis(options.Connection, o =>
            o.Configuration.ChannelPrefix = RedisChannel.Literal(options.ChannelPrefix));
    }
}
