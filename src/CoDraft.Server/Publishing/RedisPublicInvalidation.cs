using CoDraft.Server.Deployment;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CoDraft.Server.Publishing;

/// <summary>
/// With several server processes on one Redis, tells the others when public content changed here, and forgets this
/// process's cached public answers when another process says so. Best effort like presence: a message lost while
/// Redis is away is covered by <see cref="PublicationOptions.CacheSeconds"/>, the longest any cached answer is served.
/// </summary>
public sealed class RedisPublicInvalidation(IOptions<RedisOptions> options, PublicContentChanges changes) : BackgroundService
{
    private readonly string node = Guid.NewGuid().ToString("N");
    private ISubscriber? subscriber;
    private RedisChannel channel;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var configuration = ConfigurationOptions.Parse(options.Value.Connection!);
        // Keep trying in the background: a Redis that is down at start must not stop the server.
        configuration.AbortOnConnectFail = false;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        channel = RedisChannel.Literal($"{options.Value.ChannelPrefix}:public-changed");
        subscriber = redis.GetSubscriber();
        await subscriber.SubscribeAsync(channel, (_, message) =>
        {
            if (message != node)
            {
                changes.ChangedElsewhere();
            }
        });
        changes.ChangedHere += Publish;
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            changes.ChangedHere -= Publish;
        }
    }

    private void Publish(Guid? statementId) => subscriber?.Publish(channel, node, CommandFlags.FireAndForget);
}
