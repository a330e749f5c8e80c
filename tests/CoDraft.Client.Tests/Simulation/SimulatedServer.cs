using CoDraft.Client.Transport;
using CoDraft.Core.Errors;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;

namespace CoDraft.Client.Tests.Simulation;

/// <summary>
/// An in-process stand-in for the hub, built from Core's TextType with the server's rules: transform an incoming
/// op with Right against what was committed after its base, resolve it, commit, broadcast to every participant
/// (the submitter too), then reply; a resend of a committed (clientId, seq) replies with its version and commits
/// nothing; an op that became a no-op is not committed and the reply names the current version.
/// </summary>
public sealed class SimulatedServer(string initialText = "")
{
    private readonly List<OpMessage> log = [];
    private readonly Dictionary<(string, long), long> committed = [];
    private readonly Dictionary<string, PresenceMessage> presence = [];
    private readonly List<SimulatedConnection> group = [];

    public Guid StatementId { get; } = Guid.NewGuid();

    public string Text { get; private set; } = initialText;

    public long Version { get; private set; }

    /// <summary>Codes to refuse the next submissions with, in order (e.g. "rate.limited").</summary>
    public Queue<string> Refusals { get; } = new();

    public IReadOnlyList<OpMessage> Log => log;

    internal JoinResult Join(SimulatedConnection connection)
    {
        group.Remove(connection);
        group.Add(connection);
        var others = presence.Values.ToList();
        var me = new PresenceMessage(StatementId, connection.Id, "person-" + connection.Id, "Name " + connection.Id, "Org", null, Version);
        presence[connection.Id] = me;
        Broadcast(connection, c => c.Deliver(me), includeSender: false);
        return new JoinResult(StatementId, Text, Version, others);
    }

    internal void Leave(SimulatedConnection connection)
    {
        if (group.Remove(connection) && presence.Remove(connection.Id))
        {
            Broadcast(connection, c => c.Deliver(new PresenceLeftMessage(StatementId, connection.Id)), includeSender: true);
        }
    }

    internal SubmitResult Submit(SimulatedConnection connection, SubmitRequest request)
    {
        RequireJoined(connection);
        if (Refusals.TryDequeue(out var code))
        {
            throw new DraftHubError(code, "Refused by the simulated server.");
        }
        if (committed.TryGetValue((request.ClientId, request.Seq), out var earlier))
        {
            return new SubmitResult(earlier, Duplicate: true);
        }
        if (request.BaseVersion > Version)
        {
            throw new DraftHubError(ErrorCodes.VersionInFuture, "Base version is in the future.");
        }
        var op = request.Op;
        foreach (var other in log.Skip((int)request.BaseVersion))
        {
            op = TextType.Transform(op, other.Op, TransformSide.Right);
        }
        TextOp resolved;
        try
        {
            resolved = TextType.Resolve(Text, op);
        }
        catch (InvalidOpException e)
        {
            throw new DraftHubError(e.Code, e.Message);
        }
        if (resolved.IsNoOp)
        {
            return new SubmitResult(Version, Duplicate: false);
        }
        Text = TextType.Apply(Text, resolved);
        Version++;
        var message = new OpMessage(StatementId, Version, resolved, request.ClientId, request.Seq, "person-" + connection.Id);
        log.Add(message);
        committed[(request.ClientId, request.Seq)] = Version;
        foreach (var (id, p) in presence.Where(p => p.Value.Version < Version).ToList())
        {
            var moved = p.Selection is { } s ? TextType.TransformSelection(new Selection(s.Anchor, s.Head), resolved) : (Selection?)null;
            presence[id] = p with { Selection = moved is { } m ? new PresenceSelection(m.Anchor, m.Head) : null, Version = Version };
        }
        Broadcast(connection, c => c.Deliver(message), includeSender: true);
        return new SubmitResult(Version, Duplicate: false);
    }

    internal CatchUpResult CatchUp(SimulatedConnection connection, long version)
    {
        RequireJoined(connection);
        return new CatchUpResult(StatementId, Version, log.Skip((int)version).ToList());
    }

    internal void UpdatePresence(SimulatedConnection connection, PresenceUpdate update)
    {
        RequireJoined(connection);
        var selection = update.Selection is { } s ? new Selection(s.Anchor, s.Head) : (Selection?)null;
        foreach (var op in log.Skip((int)update.Version))
        {
            selection = selection is { } current ? TextType.TransformSelection(current, op.Op) : null;
        }
        var message = presence[connection.Id] with
        {
            Selection = selection is { } m ? new PresenceSelection(m.Anchor, m.Head) : null,
            Version = Version,
        };
        presence[connection.Id] = message;
        Broadcast(connection, c => c.Deliver(message), includeSender: false);
    }

    internal void Disconnected(SimulatedConnection connection) => Leave(connection);

    private void RequireJoined(SimulatedConnection connection)
    {
        if (!group.Contains(connection))
        {
            throw new DraftHubError(ErrorCodes.NotJoined, "Join first.");
        }
    }

    private void Broadcast(SimulatedConnection sender, Action<SimulatedConnection> send, bool includeSender)
    {
        foreach (var member in group.Where(c => includeSender || c != sender))
        {
            send(member);
        }
    }
}
