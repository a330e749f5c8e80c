namespace CoDraft.Protocol.Hub;

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

    // Review and sign-off (docs/protocol.md): sent to the statement's group after the change is stored.

    /// <summary>The statement's lifecycle state changed.</summary>
    Task LifecycleChanged(LifecycleMessage message);

    /// <summary>A sign-off round was opened, or a new candidate issued in it.</summary>
    Task RoundChanged(RoundMessage message);

    /// <summary>An organisation's signatory decided about the current candidate.</summary>
    Task DecisionMade(DecisionMessage message);
    // Comments and suggestions (docs/protocol.md).
    /// <summary>A comment thread was created, replied to, resolved or reopened.</summary>
    Task CommentChanged(CommentMessage message);

    /// <summary>A suggestion was created or decided; an accepted one's op arrives as <see cref="OpCommitted"/> like any edit.</summary>
    Task SuggestionChanged(SuggestionMessage message);

    /// <summary>
    /// The receiving person's role on a statement changed (a lead changed it, or the person accepted or lost it); sent to all their
    /// connections, joined to the statement or not.
    /// </summary>
    Task AccessChanged(AccessChangedMessage message);
}
