using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Auth;

/// <summary>A <see cref="Infrastructure.Coalition"/> on a server listening on a real port, for SignalR clients.</summary>
public sealed class KestrelCoalitionFixture : IAsyncLifetime
{
    // The test server listens on plain http, so its cookies cannot be Secure.
    private readonly CoDraftFactory factory = new(settings: new Dictionary<string, string?> { ["Auth:CookieSecurePolicy"] = "SameAsRequest" });

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
