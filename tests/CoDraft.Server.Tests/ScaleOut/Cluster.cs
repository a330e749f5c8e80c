using System.Net.Http.Headers;
using System.Net.WebSockets;
using CoDraft.Client.Sessions;
using CoDraft.Client.Transport;
using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Server.Auth;
using CoDraft.Server.Tests.Hubs.Infrastructure;
using CoDraft.Storage.Sqlite;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace CoDraft.Server.Tests.ScaleOut;

/// <summary>
/// A deployment of several CoDraft processes on loopback: one real redis-server, N real server processes sharing
/// one SQLite file (WAL) and the Redis backplane, and a lead with a personal access token and one statement,
/// written to the file before the nodes start. Clients reach the nodes as through a load balancer without sticky
/// sessions: each connects to its preferred node, and to the next one that answers when that one is gone.
/// </summary>
public sealed class Cluster : IAsyncDisposable
{
    private readonly string folder;
    private readonly List<ClusterClient> clients = [];

    private Cluster(string folder, RedisServer redis, IReadOnlyList<ServerNode> nodes, string token, Guid statementId)
    {
        this.folder = folder;
        Redis = redis;
        Nodes = nodes;
        Token = token;
        StatementId = statementId;
    }

    public RedisServer Redis { get; }

    public IReadOnlyList<ServerNode> Nodes { get; }

    /// <summary>The lead's bearer token, valid on every node.</summary>
    public string Token { get; }

    /// <summary>The statement the lead can edit, holding <see cref="InitialText"/>.</summary>
    public Guid StatementId { get; }

    public const string InitialText = "Start.";

    /// <summary>Starts Redis and <paramref name="nodeCount"/> nodes; skips the test when redis-server is not installed.</summary>
    public static async Task<Cluster> StartAsync(int nodeCount, IReadOnlyDictionary<string, string>? settings = null)
    {
        var binary = RedisServer.Binary();
        Skip.If(binary is null, "Scale-out tests skipped: redis-server is not installed (apt-get install redis-server; scripts/test.sh does).");
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "codraft-cluster", Guid.NewGuid().ToString("N"))).FullName;
        var database = Path.Combine(folder, "shared.db");
        var (token, statementId) = await SeedAsync(database);
        var redis = await RedisServer.StartAsync(binary!);
        var nodes = new List<ServerNode>();
        try
        {
            var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
            {
                ["Storage:SqlitePath"] = database,
                ["Redis:Connection"] = redis.Connection,
                ["Hub:MaxOpsPerSecond"] = "1000",
                ["Hub:Burst"] = "1000",
            };
            // One after the other: two cold .NET starts at once on a small machine only take longer.
            for (var i = 0; i < nodeCount; i++)
            {
                nodes.Add(await ServerNode.StartAsync(((char)('A' + i)).ToString(), all));
            }
        }
        catch
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
            await redis.DisposeAsync();
            throw;
        }
        return new Cluster(folder, redis, nodes, token, statementId);
    }

    /// <summary>A REST client of <paramref name="node"/> as the lead.</summary>
    public HttpClient Http(ServerNode node)
    {
        var http = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return http;
    }

    /// <summary>A hub client that prefers <paramref name="node"/>, with a session joined to the statement.</summary>
    public async Task<(ClusterClient Client, DraftSession Session)> JoinAsync(ServerNode node, DraftSessionOptions? options = null)
    {
        var preferred = new[] { node }.Concat(Nodes.Where(n => n != node)).ToList();
        var client = new ClusterClient(Token, preferred);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(node.Address, DraftHubClient.HubPath), o =>
            {
                // No negotiate round trip: a load balancer without sticky sessions may send it to another node.
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
                o.WebSocketFactory = client.OpenSocketAsync;
            })
            .WithAutomaticReconnect(new EveryFewMilliseconds())
            .Build();
        client.Hub = new DraftHubClient(connection);
        clients.Add(client);
        await client.Hub.StartAsync();
        return (client, await DraftSession.JoinAsync(client.Hub, StatementId, options));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients)
        {
            await client.Hub.DisposeAsync();
        }
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }
        await Redis.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A killed node's file handles may linger a moment; the temp folder is not worth failing a test over.
        }
    }

    /// <summary>What every node printed, for a failure message.</summary>
    public string Logs() => string.Join("\n", Nodes.Select(n => $"--- node {n.Name} ---\n{n.Output}"));

    /// <summary>Writes a lead with a bearer token and one statement holding <see cref="InitialText"/> to a new SQLite file.</summary>
    internal static async Task<(string Token, Guid StatementId)> SeedAsync(string database)
    {
        await using var store = new SqliteDraftStore(new SqliteStoreOptions { Path = database });
        await store.InitializeAsync();
        var now = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var organisation = new Organisation(Guid.NewGuid(), "Coalition Lead", "DE", OrganisationType.Ngo, null, now);
        var lead = new Person(Guid.NewGuid(), "lead@coalition.example", "Lena Lead", "not-a-password-hash", Guid.NewGuid().ToString("N"), true, now);
        await store.CreateOrganisationAsync(organisation);
        await store.CreatePersonAsync(lead);
        await store.AddMembershipAsync(new Membership(organisation.Id, lead.Id, true, now));
        var token = SecretToken.Create(AccessTokenHandler.Prefix);
        await store.AddAccessTokenAsync(new AccessToken(Guid.NewGuid(), lead.Id, "cluster tests", SecretToken.Hash(token), now, now.AddDays(1)));
        var statement = new StatementRecord(Guid.NewGuid(), "Open letter", 0, lead.Id.ToString("D"), now, now);
        await store.CreateStatementAsync(statement);
        await store.SaveStatementAccessAsync(StatementAccess.Start(statement.Id, organisation.Id, lead.Id), 0);
        await store.AppendAsync([new CommittedOp(statement.Id, 1, new TextOp([OpComponent.Insert(InitialText)]), "seed", 1, lead.Id.ToString("D"), now)]);
        return (token, statement.Id);
    }

    /// <summary>Reconnects quickly and for ever: the tests wait for convergence, not for back-off.</summary>
    private sealed class EveryFewMilliseconds : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext retryContext) => TimeSpan.FromMilliseconds(200);
    }
}

/// <summary>A hub client of a <see cref="Cluster"/>, connected to the first of its nodes that answers.</summary>
public sealed class ClusterClient(string token, IReadOnlyList<ServerNode> preference)
{
    private ServerNode? node;

    public DraftHubClient Hub { get; set; } = null!;

    /// <summary>The node the current (or last) connection went to.</summary>
    public ServerNode? Node => Volatile.Read(ref node);

    internal async ValueTask<WebSocket> OpenSocketAsync(WebSocketConnectionContext context, CancellationToken cancellationToken)
    {
        Exception? last = null;
        foreach (var candidate in preference)
        {
            var socket = new ClientWebSocket();
            socket.Options.SetRequestHeader("Authorization", "Bearer " + token);
            var uri = new UriBuilder(context.Uri) { Port = candidate.Port }.Uri;
            try
            {
                await socket.ConnectAsync(uri, cancellationToken);
                Volatile.Write(ref node, candidate);
                return socket;
            }
            catch (Exception e) when (e is WebSocketException or HttpRequestException)
            {
                socket.Dispose();
                last = e;
            }
        }
        throw new WebSocketException("No node answered.", last);
    }
}
