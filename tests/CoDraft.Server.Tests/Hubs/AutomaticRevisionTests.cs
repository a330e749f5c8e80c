using CoDraft.Server.Tests.Hubs.Infrastructure;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Hubs;

/// <summary>Live editing leaves automatic revisions behind: every N ops, and after a pause.</summary>
public sealed class AutomaticRevisionTests
{
    [Fact]
    public async Task An_automatic_revision_is_recorded_every_n_ops()
    {
        await using var server = await LiveServer.StartAsync(new Dictionary<string, string?>
        {
            ["Editing:AutoRevisionEvery"] = "3",
            ["Editing:AutoRevisionIdleSeconds"] = "3600",
        });
        var (statementId, _) = await server.Http.CreateStatementAsync("Letter", "");
        var (_, session) = await server.JoinAsync(statementId);

        for (var i = 0; i < 7; i++)
        {
            await session.Insert(i, "x");
        }

        await Eventually.HoldsAsync(async () => (await server.Http.GetRevisionsAsync(statementId)).Count == 2, "two revisions exist");
        Assert.Equal([(3L, "Auto"), (6L, "Auto")], (await server.Http.GetRevisionsAsync(statementId)).OrderBy(r => r.Version));
    }

    [Fact]
    public async Task An_automatic_revision_is_recorded_after_a_pause()
    {
        await using var server = await LiveServer.StartAsync(new Dictionary<string, string?>
        {
            ["Editing:AutoRevisionEvery"] = "0",
            ["Editing:AutoRevisionIdleSeconds"] = "0.3",
        });
        var (statementId, _) = await server.Http.CreateStatementAsync("Letter", "");
        var (_, session) = await server.JoinAsync(statementId);

        await session.Insert(0, "a");
        var last = await session.Insert(1, "b");

        await Eventually.HoldsAsync(async () => (await server.Http.GetRevisionsAsync(statementId)).Any(r => r.Version == last), "a revision of the last version exists");
        Assert.All(await server.Http.GetRevisionsAsync(statementId), r => Assert.Equal("Auto", r.Kind));
    }
}
