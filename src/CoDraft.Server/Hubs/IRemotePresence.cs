using CoDraft.Protocol.Hub;

namespace CoDraft.Server.Hubs;

/// <summary>The participants connected to the other server processes, as far as this one has heard.</summary>
public interface IRemotePresence
{
    /// <summary>Participants of <paramref name="statementId"/> connected to other processes; empty with one process.</summary>
    IReadOnlyList<PresenceMessage> Participants(Guid statementId);
}
