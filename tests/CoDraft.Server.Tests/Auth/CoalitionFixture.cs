using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Auth;

/// <summary>A server with a <see cref="Infrastructure.Coalition"/>, shared by the tests of one class.</summary>
public sealed class CoalitionFixture : IAsyncLifetime
{
    private readonly CoDraftFactory factory = new();

    public Coalition Coalition { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Coalition = new Coalition(factory);
        await Coalition.BuildAsync();
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
