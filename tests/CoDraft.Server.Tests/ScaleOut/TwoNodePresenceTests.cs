using CoDraft.Client.Sessions;
using CoDraft.Core.Text;
using CoDraft.Server.Hubs;
using CoDraft.Server.Tests.Hubs.Infrastructure;

namespace CoDraft.Server.Tests.ScaleOut;

/// <summary>Who is where in a statement, across two real server processes sharing a real redis-server.</summary>
public sealed class TwoNodePresenceTests
{
    /// <summary>A dead node is noticed after <see cref="RedisPresence.MissedBeats"/> beats; this leaves room for a loaded machine.</summary>
    private static readonly TimeSpan Noticed = RedisPresence.Beat * RedisPresence.MissedBeats + TimeSpan.FromSeconds(20);

    [SkippableFact]
    public async Task Someone_joining_on_one_node_sees_who_is_on_the_other_and_where_their_cursor_is()
    {
        await using var cluster = await Cluster.StartAsync(2);
        var (a, b) = (cluster.Nodes[0], cluster.Nodes[1]);
        var (_, amira) = await cluster.JoinAsync(a);
        await amira.UpdatePresenceAsync(new Selection(2, 5));

        var jonas = await JoinSeeingAsync(cluster, b, others => others.Any(p => p.Selection == new Selection(2, 5)));

        var seen = Assert.Single(jonas.Participants);
        Assert.Equal(new Selection(2, 5), seen.Selection);
        await amira.UpdatePresenceAsync(new Selection(1, 1));
        await Eventually.HoldsAsync(() => jonas.Participants.Single().Selection == new Selection(1, 1), "the cursor moved on A is seen on B");
    }

    [SkippableFact]
    public async Task The_cursors_of_a_node_that_dies_disappear_from_the_other_nodes()
    {
        await using var cluster = await Cluster.StartAsync(2);
        var (a, b) = (cluster.Nodes[0], cluster.Nodes[1]);
        var (_, jonas) = await cluster.JoinAsync(b);
        var (amiraClient, amira) = await cluster.JoinAsync(a);
        await amira.UpdatePresenceAsync(new Selection(3, 3));
        await Eventually.HoldsAsync(() => jonas.Participants.Count == 1, "B's client sees A's client");
        var deadConnection = jonas.Participants.Single().ConnectionId;
        // B has heard from A that Amira is there (a joiner on B is told so) before A dies.
        await JoinSeeingAsync(cluster, b, others => others.Any(p => p.ConnectionId == deadConnection));

        // No goodbye from A: its process is gone. Amira's client comes back on B, under a new connection.
        await a.KillAsync();

        var deadline = DateTime.UtcNow + Noticed;
        while (jonas.Participants.Any(p => p.ConnectionId == deadConnection) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.DoesNotContain(jonas.Participants, p => p.ConnectionId == deadConnection);
        var typed = await amira.Insert(0, "Back. ");
        await Eventually.HoldsAsync(() => jonas.Version == typed && jonas.Text.StartsWith("Back. ", StringComparison.Ordinal), "Amira, back on B, edits with Jonas");
        Assert.Same(b, amiraClient.Node);
    }

    /// <summary>
    /// Joins on <paramref name="node"/> until the join result shows what <paramref name="seen"/> expects: a process
    /// learns who is on the others within a beat of starting, and a test must not guess that moment.
    /// </summary>
    private static async Task<DraftSession> JoinSeeingAsync(Cluster cluster, ServerNode node, Func<IReadOnlyList<Participant>, bool> seen)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var (client, session) = await cluster.JoinAsync(node);
            if (seen(session.Participants) || DateTime.UtcNow > deadline)
            {
                return session;
            }
            await client.Hub.DisposeAsync();
            await Task.Delay(200);
        }
    }
}
