using CoDraft.Protocol.Hub;

namespace CoDraft.Server.Hubs;

/// <summary>One process, no Redis: nobody is connected anywhere else.</summary>
public sealed class NoRemotePresence : IRemotePresence
{
    /// <inheritdoc />
    public IReadOnlyList<PresenceMessage> Participants(Guid statementId) => [];
}
