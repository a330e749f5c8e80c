using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using CoDraft.Server.Extensions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CoDraft.Server.Hubs;

/// <summary>
/// Presence shared between server processes through Redis (when Redis:Connection is set). Each process publishes who
/// is connected to it every <see cref="Beat"/>; the others keep the latest list of each process, so that someone
/// joining on one node is told who is already there on every node (live changes travel through the backplane as
/// usual). A process not heard from for <see cref="MissedBeats"/> beats is taken for dead: the participants it had
/// are announced as gone to this process's clients, so that nobody is left looking at a dead node's cursors.
/// Still ephemeral: nothing is stored in Redis; a process's list lives only in the other processes' memory.
/// </summary>
public sealed partial class RedisPresence(
    IOptions<RedisOptions> options,
    PresenceTracker local,
    IHubContext<DraftHub, IDraftClient> hub,
    TimeProvider clock,
    ILogger<RedisPresence> logger) : BackgroundService, IRemotePresence
{
    /// <summary>How often each process publishes its participants: often enough that a joiner rarely misses anyone.</summary>
    public static readonly TimeSpan Beat = TimeSpan.FromSeconds(1);

    /// <summary>How long after a join this process waits before telling the others, to gather the joins of a burst.</summary>
    public static readonly TimeSpan JoinDebounce = TimeSpan.FromMilliseconds(100);

    /// <summary>Beats a process may miss before it counts as dead: a GC pause or a slow Redis must not end anyone's presence.</summary>
    public const int MissedBeats = 5;

    private sealed record Snapshot(Guid Node, IReadOnlyList<PresenceMessage> Participants);

    private readonly Guid node = Guid.NewGuid();
    private readonly ConcurrentDictionary<Guid, (DateTimeOffset HeardAt, IReadOnlyList<PresenceMessage> Participants)> others = new();

    /// <inheritdoc />
    public IReadOnlyList<PresenceMessage> Participants(Guid statementId) =>
        others.Values.SelectMany(o => o.Participants).Where(p => p.StatementId == statementId).ToList();

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var configuration = ConfigurationOptions.Parse(options.Value.Connection!);
        // Keep trying in the background: a Redis that is down at start must not stop the server.
        configuration.AbortOnConnectFail = false;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        var channel = RedisChannel.Literal($"{options.Value.ChannelPrefix}:presence");
        var subscriber = redis.GetSubscriber();
        await subscriber.SubscribeAsync(channel, (_, message) => Receive(message));
        var joined = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        void OnJoined() => joined.Writer.TryWrite(true);
        local.Joined += OnJoined;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await PublishAsync(subscriber, channel);
                await ForgetSilentNodesAsync();
                // Every beat, and at once when someone joins here, so that a process dying soon after is still known to have had them.
                using var beat = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                beat.CancelAfter(Beat);
                try
                {
                    await joined.Reader.ReadAsync(beat.Token);
                    // A burst of joins (a meeting starting) is told in one message, not one per join.
                    await Task.Delay(JoinDebounce, stoppingToken);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            local.Joined -= OnJoined;
        }
    }

    private async Task PublishAsync(ISubscriber subscriber, RedisChannel channel)
    {
        try
        {
            var snapshot = JsonSerializer.Serialize(new Snapshot(node, local.All()));
            await subscriber.PublishAsync(channel, snapshot);
        }
        catch (RedisException e)
        {
            LogPublishFailed(logger, e);
        }
    }

    private void Receive(RedisValue message)
    {
        var snapshot = JsonSerializer.Deserialize<Snapshot>(message.ToString());
        if (snapshot is not null && snapshot.Node != node)
        {
            others[snapshot.Node] = (clock.GetUtcNow(), snapshot.Participants);
        }
    }

    private async Task ForgetSilentNodesAsync()
    {
        var now = clock.GetUtcNow();
        foreach (var (other, heard) in others)
        {
            if (now - heard.HeardAt < Beat * MissedBeats || !others.TryRemove(KeyValuePair.Create(other, heard)))
            {
                continue;
            }
            LogNodeSilent(logger, other, heard.Participants.Count);
            foreach (var gone in heard.Participants)
            {
                var here = local.Participants(gone.StatementId).Select(p => p.ConnectionId).ToList();
                if (here.Count > 0)
                {
                    await hub.Clients.Clients(here).PresenceLeft(new PresenceLeftMessage(gone.StatementId, gone.ConnectionId));
                }
            }
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Could not publish this process's presence to Redis")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Server process {Node} fell silent; its {Count} participant(s) are announced as gone")]
    private static partial void LogNodeSilent(ILogger logger, Guid node, int count);
}
