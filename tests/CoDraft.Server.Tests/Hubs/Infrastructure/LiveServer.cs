using Microsoft.Extensions.DependencyInjection;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections.Client;
using CoDraft.Client.Sessions;
using CoDraft.Client.Transport;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Hubs.Infrastructure;

/// <summary>
/// The real server on Kestrel at 127.0.0.1 with a free port, and real SignalR clients of it through CoDraft.Client.
/// Everything runs as one signed-in person, the lead of a new organisation: REST with their bearer token, hub
/// connections with the same token as <c>access_token</c>. This is the one place that gives clients credentials.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly CoDraftFactory factory;
    private readonly List<LiveClient> clients = [];

    private readonly TestPerson lead;

    private LiveServer(CoDraftFactory factory, TestPerson lead)
    {
        this.factory = factory;
        this.lead = lead;
        BaseAddress = lead.Client.BaseAddress ?? throw new InvalidOperationException("The server has no address.");
    }

    /// <summary>Starts a server on its own temporary data, with the given settings (e.g. "Hub:MaxOpsPerSecond").</summary>
    public static async Task<LiveServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        // The server listens on plain http, so its cookies (used while signing in) cannot be Secure.
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Auth:CookieSecurePolicy"] = "SameAsRequest" };
        var factory = new CoDraftFactory(settings: all) { ConfigureServices = services };
        factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        return new LiveServer(factory, await factory.Accounts.PersonInNewOrganisationAsync("Lena Lead"));
    }

    /// <summary>A REST client of the server, signed in as the lead who creates the statements.</summary>
    public HttpClient Http => lead.Client;

    public Uri BaseAddress { get; }

    /// <summary>The lead's personal access token, for a test that builds its own hub connection.</summary>
    public string AccessToken => lead.Token;

    /// <summary>A started hub client whose sockets the test can kill.</summary>
    public async Task<LiveClient> ConnectAsync()
    {
        var client = new LiveClient(lead.Token);
        client.Hub = DraftHubClient.Create(BaseAddress, options =>
        {
            options.WebSocketFactory = client.OpenSocketAsync;
            options.AccessTokenProvider = () => Task.FromResult<string?>(lead.Token);
        });
        client.Hub.Connected += () => Interlocked.Increment(ref client.reconnections);
        clients.Add(client);
        await client.Hub.StartAsync();
        return client;
    }

    /// <summary>A new connection with a session joined to <paramref name="statementId"/>.</summary>
    public async Task<(LiveClient Client, DraftSession Session)> JoinAsync(Guid statementId, DraftSessionOptions? options = null)
    {
        var client = await ConnectAsync();
        return (client, await DraftSession.JoinAsync(client.Hub, statementId, options));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients)
        {
            await client.Hub.DisposeAsync();
        }
        await factory.DisposeAsync();
    }

    /// <summary>A hub client and the web sockets it opened, so that a test can cut the connection without a goodbye.</summary>
    public sealed class LiveClient(string accessToken)
    {
        private ClientWebSocket? socket;
        internal int reconnections;

        /// <summary>How many times the connection came back after a loss or a stop.</summary>
        public int Reconnections => Volatile.Read(ref reconnections);

        public DraftHubClient Hub { get; set; } = null!;

        /// <summary>Aborts the current socket, as a network loss would; the client reconnects by itself.</summary>
        public void KillSocket() => socket?.Abort();

        internal async ValueTask<WebSocket> OpenSocketAsync(WebSocketConnectionContext context, CancellationToken cancellationToken)
        {
            var opened = new ClientWebSocket();
            // A custom socket factory must send the credentials itself, as SignalR's own factory would.
            opened.Options.SetRequestHeader("Authorization", "Bearer " + accessToken);
            await opened.ConnectAsync(context.Uri, cancellationToken);
            socket = opened;
            return opened;
        }
    }
}
