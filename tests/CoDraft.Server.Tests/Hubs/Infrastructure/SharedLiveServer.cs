namespace CoDraft.Server.Tests.Hubs.Infrastructure;

/// <summary>One live server with default settings for a test class; each test makes its own statement on it.</summary>
public sealed class SharedLiveServer : IAsyncLifetime
{
    public LiveServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await LiveServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
