using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Apis;

public sealed class PersistenceTests
{
    [Fact]
    public async Task Statements_their_history_and_access_tokens_survive_a_server_restart()
    {
        Guid id;
        string dataDirectory;
        string token;
        using (var first = new CoDraftFactory { KeepData = true })
        {
            dataDirectory = first.DataDirectory;
            var lead = await first.Accounts.PersonInNewOrganisationAsync("Lena Lead");
            token = lead.Token;
            (id, var v1) = await lead.Client.CreateStatementAsync("Letter", "Before restart.");
            await lead.Client.PutTextAsync(id, v1, "Still here after restart.");
        }

        using var second = new CoDraftFactory(dataDirectory);
        var restarted = second.Accounts.Bearer(token);

        Assert.Equal("Before restart.", await restarted.GetVersionTextAsync(id, 1));
        Assert.Equal("Still here after restart.", await restarted.GetVersionTextAsync(id, 2));
        Assert.Equal(3, await restarted.PutTextAsync(id, 2, "And it goes on."));
    }
}
