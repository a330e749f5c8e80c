using System.Text.RegularExpressions;
using CoDraft.Client.Tests.Simulation;
using CoDraft.Core.Text;

namespace CoDraft.Client.Tests;

/// <summary>
/// Several real sessions type at once against the simulated server while calls and messages are delivered in a
/// random (seeded) order, connections drop and come back; afterwards every client holds the server's text.
/// </summary>
public sealed partial class ConvergenceTests
{
    private const int Steps = 600;

    private static readonly string[] Snippets = ["a", "xy", "😀", "é", " ", "\n", "Ω", "👍🏽", "die EU "];

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Clients_typing_at_once_converge_with_the_server(int seed)
    {
        using var inline = InlineContinuations.Enter();
        var random = new Random(seed);
        var server = new SimulatedServer("Wir fordern 😀 die EU");
        var clients = Enumerable.Range(0, 2 + seed % 4).Select(i => SimulatedClient.Join(server, "c" + i)).ToList();

        for (var step = 0; step < Steps; step++)
        {
            var client = clients[random.Next(clients.Count)];
            switch (random.Next(20))
            {
                case < 7:
                    TypeSomething(client, random);
                    break;
                case < 12:
                    client.Connection.DeliverUp();
                    break;
                case < 19:
                    client.Connection.DeliverDown();
                    break;
                default:
                    DropOrReconnect(client, random);
                    break;
            }
        }
        SimulatedClient.SettleAll(clients, random);

        AssertConverged(server, clients);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Words_typed_through_dropped_connections_arrive_exactly_once(int seed)
    {
        using var inline = InlineContinuations.Enter();
        var random = new Random(seed);
        var server = new SimulatedServer();
        var clients = Enumerable.Range(0, 3).Select(i => SimulatedClient.Join(server, "c" + i)).ToList();
        var typed = new List<string>();

        for (var step = 0; step < Steps; step++)
        {
            var client = clients[random.Next(clients.Count)];
            switch (random.Next(10))
            {
                case < 3:
                    var word = $"[{client.Connection.Id.Split('#')[0]}-{typed.Count}]";
                    typed.Add(word);
                    // Between words only, so that no word is split by another.
                    var boundaries = WordBoundaries(client.Session.Text);
                    _ = client.Session.Insert(boundaries[random.Next(boundaries.Count)], word);
                    break;
                case < 6:
                    client.Connection.DeliverUp();
                    break;
                case < 9:
                    client.Connection.DeliverDown();
                    break;
                default:
                    DropOrReconnect(client, random);
                    break;
            }
        }
        SimulatedClient.SettleAll(clients, random);

        AssertConverged(server, clients);
        var words = Word().Matches(server.Text).Select(m => m.Value).ToList();
        Assert.Equal(typed.Order(StringComparer.Ordinal), words.Order(StringComparer.Ordinal));
    }

    private static void TypeSomething(SimulatedClient client, Random random)
    {
        var length = CodePoints.Count(client.Session.Text);
        if (length > 0 && random.Next(3) == 0)
        {
            var position = random.Next(length);
            _ = client.Session.Delete(position, 1 + random.Next(Math.Min(6, length - position)));
        }
        else
        {
            _ = client.Session.Insert(random.Next(length + 1), Snippets[random.Next(Snippets.Length)]);
        }
    }

    private static void DropOrReconnect(SimulatedClient client, Random random)
    {
        if (client.Connection.IsUp)
        {
            client.Connection.Drop(random);
        }
        else
        {
            client.Connection.Reconnect();
        }
    }

    private static List<int> WordBoundaries(string text)
    {
        var boundaries = new List<int> { 0 };
        var position = 0;
        foreach (var c in text)
        {
            position++;
            if (c == ']')
            {
                boundaries.Add(position);
            }
        }
        return boundaries;
    }

    private static void AssertConverged(SimulatedServer server, IReadOnlyList<SimulatedClient> clients)
    {
        foreach (var client in clients)
        {
            Assert.Equal(server.Text, client.Session.Text);
            Assert.Equal(server.Version, client.Session.Version);
            Assert.False(client.Session.HasUnconfirmedEdits);
            Assert.True(client.Session.WaitForIdleAsync().IsCompletedSuccessfully);
        }
    }

    [GeneratedRegex(@"\[c\d+-\d+\]")]
    private static partial Regex Word();
}
