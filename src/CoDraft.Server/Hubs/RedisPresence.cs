using System.Collections.Concurrent;
using System.Text.Json;
using CoDraft.Protocol.Hub;
using CoDraft.Server.Deployment;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CoDraft.Server.Hubs;

/// <summary>
/// Presence shared between server processes through Redis (when Redis:Connection is set), so that someone joining on
/// one node is told who is already there on every node; live changes reach the clients through the backplane as
/// usual. Each process publishes every change of its participants as it happens (join, cursor, leave) and its whole
/// list every <see cref="Beat"/>; the others keep a copy per process, corrected by each full list. A process not heard
/// from for <see cref="MissedBeats"/> beats is taken for dead: the participants it had are announced as gone to this
/// process's clients, so that nobody is left looking at a dead node's cursors. Still ephemeral: nothing is stored in
/// Redis; a process's list lives only in the other processes' memory.
/// </summary>
public sealed partial class RedisPresence(
    IOptions<RedisOptions> options,
    PresenceTracker local,
    IHubContext<DraftHub, IDraftClient> hub,
    TimeProvider clock,
    ILogger<RedisPresence> logger) : BackgroundService, IRemotePresence
{
    /// <summary>How often each process publishes its whole list (and so shows it is alive).</summary>
    public static readonly TimeSpan Beat = TimeSpan.FromSeconds(1);

    /// <summary>Beats a process may miss before it counts as dead: a GC pause or a slow Redis must not end anyone's presence.</summary>
    public const int MissedBeats = 5;

    /// <summary>One message on the channel: a process's whole list, or one change (<see cref="Left"/>: the connection left).</summary>
    private sealed record Message(
        Guid Node, IReadOnlyList<PresenceMessage>? All, PresenceMessage? Changed, Guid StatementId = default, string? Left = null);

    private sealed record Heard(DateTimeOffset At, IReadOnlyList<PresenceMessage> Participants);

    private readonly Guid node = Guid.NewGuid();
    private readonly ConcurrentDictionary<Guid, Heard> others = new();
    private ISubscriber? subscriber;
    private RedisChannel channel;

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
        channel = RedisChannel.Literal($"{options.Value.ChannelPrefix}:presence");
        subscriber = redis.GetSubscriber();
        await subscriber.SubscribeAsync(channel, (_, message) => Receive(message));
        local.Changed += Publish;
        try
        {
            using var timer = new PeriodicTimer(Beat, clock);
            do
            {
                Send(new Message(node, local.All(), null));
                await ForgetSilentNodesAsync();
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            local.Changed -= Publish;
        }
    }

    private void Publish(Guid statementId, string connectionId, PresenceMessage? now) =>
        Send(now is null ? new Message(node, null, null, statementId, connectionId) : new Message(node, null, now));

    /// <summary>Fire and forget, in order (one connection keeps the order of its commands): presence is best effort.</summary>
    private void Send(Message message)
    {
        try
        {
            subscriber?.Publish(channel, JsonSerializer.Serialize(message), CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            LogPublishFailed(logger, e);
        }
    }

    private void Receive(RedisValue value)
    {
        Message? message;
        try
        {
            message = JsonSerializer.Deserialize<Message>(value.ToString());
        }
        catch (JsonException e)
        {
            LogUnreadable(logger, e);
            return;
        }
        if (message is null || message.Node == node)
        {
            return;
        }
        var now = clock.GetUtcNow();
        others.AddOrUpdate(
            message.Node,
            _ => new Heard(now, message.All ?? Apply([], message)),
            (_, heard) => new Heard(now, message.All ?? Apply(heard.Participants, message)));
    }

    private static IReadOnlyList<PresenceMessage> Apply(IReadOnlyList<PresenceMessage> participants, Message change)
    {
        var (statementId, connectionId) = change.Changed is { } p ? (p.StatementId, p.ConnectionId) : (change.StatementId, change.Left);
        var kept = participants.Where(x => x.StatementId != statementId || x.ConnectionId != connectionId).ToList();
        if (change.Changed is { } changed)
        {
            kept.Add(changed);
        }
        return kept;
    }

    private async Task ForgetSilentNodesAsync()
    {
        var now = clock.GetUtcNow();
        foreach (var (other, heard) in others)
        {
            if (now - heard.At < Beat * MissedBeats || !others.TryRemove(KeyValuePair.Create(other, heard)))
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

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "A presence message on Redis could not be read (another deployment on the same channel prefix?)")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Server process {Node} fell silent; its {Count} participant(s) are announced as gone")]
    private static partial void LogNodeSilent(ILogger logger, Guid node, int count);
}
