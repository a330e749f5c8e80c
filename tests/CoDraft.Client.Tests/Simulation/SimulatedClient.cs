using CoDraft.Client.Sessions;

namespace CoDraft.Client.Tests.Simulation;

/// <summary>A real <see cref="DraftSession"/> over a <see cref="SimulatedConnection"/>.</summary>
public sealed record SimulatedClient(DraftSession Session, SimulatedConnection Connection)
{
    /// <summary>Joins <paramref name="server"/>'s statement, delivering what the join needs on this connection.</summary>
    public static SimulatedClient Join(SimulatedServer server, string name)
    {
        var connection = new SimulatedConnection(server, name);
        var joining = DraftSession.JoinAsync(connection, server.StatementId);
        connection.Settle();
        return new SimulatedClient(joining.Result, connection);
    }

    /// <summary>
    /// Reconnects every dropped connection and delivers in a random order until no call or message is on its way
    /// anywhere (sessions answer deliveries with new calls, so this loops until they are done).
    /// </summary>
    public static void SettleAll(IReadOnlyList<SimulatedClient> clients, Random random)
    {
        foreach (var client in clients.Where(c => !c.Connection.IsUp))
        {
            client.Connection.Reconnect();
        }
        while (clients.Any(c => c.Connection.Waiting > 0))
        {
            var connection = clients[random.Next(clients.Count)].Connection;
            _ = random.Next(2) == 0 ? connection.DeliverUp() || connection.DeliverDown() : connection.DeliverDown() || connection.DeliverUp();
        }
    }
}
