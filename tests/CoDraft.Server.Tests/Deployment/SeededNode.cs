using System.Net.Http.Headers;
using CoDraft.Client.Transport;
using CoDraft.Server.Tests.ScaleOut;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace CoDraft.Server.Tests.Deployment;

/// <summary>
/// One real server process on a SQLite file seeded with a lead (bearer token) and a statement, as an operator runs
/// it; its clients are real SignalR and HTTP clients.
/// </summary>
public sealed class SeededNode : IAsyncDisposable
{
    private readonly List<DraftHubClient> hubs = [];

    private SeededNode(string folder, string database, ServerNode node, string token, Guid statementId)
    {
        Folder = folder;
        Database = database;
        Node = node;
        Token = token;
        StatementId = statementId;
    }

    public string Folder { get; }

    public string Database { get; }

    public ServerNode Node { get; }

    public string Token { get; }

    public Guid StatementId { get; }

    /// <summary>Seeds a new store in a folder of its own and starts a server on it with <paramref name="settings"/>.</summary>
    public static async Task<SeededNode> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("codraft-node-").FullName;
        var database = Path.Combine(folder, "codraft.db");
        var (token, statementId) = await Cluster.SeedAsync(database);
        var node = await StartOnAsync(database, settings);
        return new SeededNode(folder, database, node, token, statementId);
    }

    /// <summary>Starts a server on an existing SQLite file (a restored backup, say).</summary>
    public static Task<ServerNode> StartOnAsync(string database, IReadOnlyDictionary<string, string>? settings = null) =>
        ServerNode.StartAsync("node", new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["Storage:SqlitePath"] = database,
            ["Hub:MaxOpsPerSecond"] = "1000",
            ["Hub:Burst"] = "1000",
        });

    /// <summary>A REST client of <paramref name="node"/> with <paramref name="token"/>.</summary>
    public static HttpClient Http(ServerNode node, string token)
    {
        var http = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>A started hub client as the lead.</summary>
    public async Task<DraftHubClient> HubAsync()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Node.Address, DraftHubClient.HubPath), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(Token);
            })
            .Build();
        var hub = new DraftHubClient(connection);
        hubs.Add(hub);
        await hub.StartAsync();
        return hub;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hub in hubs)
        {
            await hub.DisposeAsync();
        }
        await Node.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A killed server's handles may linger a moment; the temp folder is not worth failing a test over.
        }
    }
}
