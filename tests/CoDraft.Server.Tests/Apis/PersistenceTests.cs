using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Apis;

public sealed class PersistenceTests
{
    [Fact]
    public async Task Statements_and_their_history_survive_a_server_restart()
    {
        Guid id;
        string dataDirectory;
        using (var first = new CoDraftFactory { KeepData = true })
        {
            dataDirectory = first.DataDirectory;
            var client = first.CreateClient();
            (id, var v1) = await client.CreateStatementAsync("Letter", "Before restart.");
            await client.PutTextAsync(id, v1, "Still here after restart.");
        }

        using var second = new CoDraftFactory(dataDirectory);
        var restarted = second.CreateClient();

        Assert.Equal("Before restart.", await restarted.GetVersionTextAsync(id, 1));
        Assert.Equal("Still here after restart.", await restarted.GetVersionTextAsync(id, 2));
        Assert.Equal(3, await restarted.PutTextAsync(id, 2, "And it goes on."));
    }
}
