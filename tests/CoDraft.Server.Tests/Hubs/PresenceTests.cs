using CoDraft.Client.Sessions;
using CoDraft.Core.Text;
using CoDraft.Server.Tests.Hubs.Infrastructure;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Hubs;

/// <summary>Cursors travel between real clients, move with the text, and disappear with their owner.</summary>
public sealed class PresenceTests(SharedLiveServer shared) : IClassFixture<SharedLiveServer>
{
    private LiveServer Server => shared.Server;

    [Fact]
    public async Task A_cursor_is_seen_by_others_moves_with_an_edit_and_goes_when_its_owner_leaves()
    {
        var (statementId, _) = await Server.Http.CreateStatementAsync("Letter", "abcdef");
        var (_, owner) = await Server.JoinAsync(statementId);
        var (_, watcher) = await Server.JoinAsync(statementId);

        await owner.UpdatePresenceAsync(new Selection(3, 3));
        await Eventually.HoldsAsync(() => watcher.Participants.SingleOrDefault()?.Selection == new Selection(3, 3), "the watcher sees the cursor");
        var ownerConnection = watcher.Participants.Single().ConnectionId;

        _ = watcher.Insert(0, "XY");
        Assert.Equal(new Selection(5, 5), watcher.Participants.Single().Selection);
        await watcher.WaitForIdleAsync();
        Assert.Equal(new Selection(5, 5), watcher.Participants.Single().Selection);

        var (_, latecomer) = await Server.JoinAsync(statementId);
        Assert.Contains(latecomer.Participants, p => p.ConnectionId == ownerConnection && p.Selection == new Selection(5, 5));

        await owner.LeaveAsync();
        await Eventually.HoldsAsync(() => watcher.Participants.All(p => p.ConnectionId != ownerConnection), "the cursor is cleared");
    }

    [Fact]
    public async Task A_cursor_goes_when_its_owner_disconnects()
    {
        var (statementId, _) = await Server.Http.CreateStatementAsync("Letter", "abcdef");
        var (ownerClient, owner) = await Server.JoinAsync(statementId);
        var (_, watcher) = await Server.JoinAsync(statementId);
        await owner.UpdatePresenceAsync(new Selection(1, 4));
        await Eventually.HoldsAsync(() => watcher.Participants.SingleOrDefault()?.Selection == new Selection(1, 4), "the watcher sees the selection");

        await ownerClient.Hub.StopAsync();

        await Eventually.HoldsAsync(() => watcher.Participants.Count == 0, "the selection is cleared");
    }
}
