using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Auth;

/// <summary>A <see cref="Infrastructure.Coalition"/> on a server listening on a real port, for SignalR clients.</summary>
public sealed class KestrelCoalitionFixture : IAsyncLifetime
{
    private readonly CoDraftFactory factory;

    public KestrelCoalitionFixture()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A fixture whose server has <paramref name="settings"/> as well, for a test class to own (xUnit wants one public constructor).</summary>
    internal KestrelCoalitionFixture(IReadOnlyDictionary<string, string?> settings)
    {
        // The test server listens on plain http, so its cookies cannot be Secure.
        var all = new Dictionary<string, string?>(settings) { ["Auth:CookieSecurePolicy"] = "SameAsRequest" };
        factory = new CoDraftFactory(settings: all);
    }

    public Coalition Coalition { get; private set; } = null!;

    /// <summary>Where the server listens.</summary>
    public Uri Address => factory.ClientOptions.BaseAddress;

    public async Task InitializeAsync()
    {
        factory.UseKestrel(0);
        factory.StartServer();
        Coalition = new Coalition(factory);
        await Coalition.BuildAsync();
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
