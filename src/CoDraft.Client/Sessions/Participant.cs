using CoDraft.Core.Text;

namespace CoDraft.Client.Sessions;

/// <summary>Another participant of the statement, with their cursor or selection in local text positions (null when hidden).</summary>
public sealed record Participant(string ConnectionId, string PersonId, string Name, string Organisation, Selection? Selection);
