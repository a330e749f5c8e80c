using System.Collections.Concurrent;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;
using CoDraft.Server.Editing;
using CoDraft.Server.Telemetry;

namespace CoDraft.Server.Hubs;

/// <summary>
/// Who is in which statement and where their cursor is. Ephemeral: held in this process only, never stored.
/// Every committed op moves the selections it shifts, so a participant who joins later sees them in the right place.
/// </summary>
public sealed class PresenceTracker : IEditListener, IStatementMemory
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<string, PresenceMessage>> byStatement = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, byte>> byConnection = new();

    /// <summary>
    /// Raised after a connection joined, moved its cursor or left: the statement, the connection, and its presence now
    /// (null once it left). <see cref="RedisPresence"/> tells the other server processes.
    /// </summary>
    public event Action<Guid, string, PresenceMessage?>? Changed;

    /// <summary>Records that a connection joined a statement, without a cursor yet.</summary>
    public PresenceMessage Join(Guid statementId, string connectionId, string personId, string name, string organisation, long version)
    {
        var message = new PresenceMessage(statementId, connectionId, personId, name, organisation, null, version);
        var participants = byStatement.GetOrAdd(statementId, _ => new());
        if (participants.TryAdd(connectionId, message))
        {
            CoDraftMetrics.Joined();
        }
        else
        {
            participants[connectionId] = message;
        }
        byConnection.GetOrAdd(connectionId, _ => new())[statementId] = 0;
        Changed?.Invoke(statementId, connectionId, message);
        return message;
    }

    /// <summary>True when the connection has joined the statement and not left it.</summary>
    public bool HasJoined(Guid statementId, string connectionId) =>
        byConnection.TryGetValue(connectionId, out var statements) && statements.ContainsKey(statementId);

    /// <summary>Sets a connection's selection, already transformed to <paramref name="version"/>.</summary>
    public PresenceMessage? Update(Guid statementId, string connectionId, PresenceSelection? selection, long version)
    {
        if (!byStatement.TryGetValue(statementId, out var participants) || !participants.TryGetValue(connectionId, out var current))
        {
            return null;
        }
        var updated = current with { Selection = selection, Version = version };
        participants[connectionId] = updated;
        Changed?.Invoke(statementId, connectionId, updated);
        return updated;
    }

    /// <summary>Everyone in the statement.</summary>
    public IReadOnlyList<PresenceMessage> Participants(Guid statementId) =>
        byStatement.TryGetValue(statementId, out var participants) ? participants.Values.ToList() : [];

    /// <summary>Everyone in every statement, for sharing with the other server processes (<see cref="RedisPresence"/>).</summary>
    public IReadOnlyList<PresenceMessage> All() => byStatement.Values.SelectMany(p => p.Values).ToList();

    /// <summary>Removes a connection from a statement; false if it was not there.</summary>
    public bool Leave(Guid statementId, string connectionId)
    {
        if (byConnection.TryGetValue(connectionId, out var statements))
        {
            statements.TryRemove(statementId, out _);
        }
        if (byStatement.TryGetValue(statementId, out var participants) && participants.TryRemove(connectionId, out _))
        {
            CoDraftMetrics.Left();
            Changed?.Invoke(statementId, connectionId, null);
            return true;
        }
        return false;
    }

    /// <summary>Removes a connection from every statement it was in, and returns those statements.</summary>
    public IReadOnlyList<Guid> LeaveAll(string connectionId)
    {
        if (!byConnection.TryRemove(connectionId, out var statements))
        {
            return [];
        }
        var left = statements.Keys.ToList();
        foreach (var statementId in left)
        {
            if (byStatement.TryGetValue(statementId, out var participants) && participants.TryRemove(connectionId, out _))
            {
                CoDraftMetrics.Left();
                Changed?.Invoke(statementId, connectionId, null);
            }
        }
        return left;
    }

    /// <inheritdoc />
    /// <remarks>A statement someone has joined here stays in memory, however long they stay quiet.</remarks>
    public bool IsIdle(Guid statementId) => !byStatement.TryGetValue(statementId, out var participants) || participants.IsEmpty;

    /// <inheritdoc />
    public ValueTask<bool> SaveAsync(Guid statementId, CancellationToken cancellationToken) => ValueTask.FromResult(true);

    /// <inheritdoc />
    /// <remarks>
    /// The statement's (empty) participant table is kept: a join may be adding itself to it at this moment, and
    /// removing the table then would lose that join.
    /// </remarks>
    public void Forget(Guid statementId)
    {
    }

    /// <inheritdoc />
    public ValueTask OnCommittedAsync(CommittedOp op)
    {
        if (byStatement.TryGetValue(op.StatementId, out var participants))
        {
            foreach (var (connectionId, presence) in participants)
            {
                // Without a selection there is nothing to move, and the version says what a selection is relative
                // to: skipping those saves a record and a dictionary update per op for everyone just reading along.
                if (presence.Version >= op.Version || presence.Selection is not { } s)
                {
                    continue;
                }
                participants.TryUpdate(connectionId, presence with { Selection = Transform(s, op.Op), Version = op.Version }, presence);
            }
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Moves a selection through an op; text typed exactly at someone else's cursor goes after that cursor.</summary>
    public static PresenceSelection Transform(PresenceSelection selection, TextOp op)
    {
        var moved = TextType.TransformSelection(new Selection(selection.Anchor, selection.Head), op);
        return new PresenceSelection(moved.Anchor, moved.Head);
    }
}
