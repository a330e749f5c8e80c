namespace CoDraft.Server.Tests.Hubs.Infrastructure;

/// <summary>One live server with default settings for a test class; each test makes its own statement on it.</summary>
public sealed class SharedLiveServer : IAsyncLifetime
{
    public LiveServer Server { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Server = LiveServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
