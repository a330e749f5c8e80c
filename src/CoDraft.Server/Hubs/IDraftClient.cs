namespace CoDraft.Server.Hubs;

/// <summary>What the server calls on clients of <c>/hubs/draft</c>.</summary>
public interface IDraftClient
{
    /// <summary>An op was committed; delivered in version order to every participant of the statement.</summary>
    Task OpCommitted(OpMessage message);

    /// <summary>Ops committed together (consecutive versions, oldest first); taken as that many OpCommitted in turn.</summary>
    Task OpsCommitted(OpBatchMessage message);

    /// <summary>A participant's cursor or selection changed, or a participant joined.</summary>
    Task PresenceChanged(PresenceMessage message);

    /// <summary>A participant left.</summary>
    Task PresenceLeft(PresenceLeftMessage message);
}
