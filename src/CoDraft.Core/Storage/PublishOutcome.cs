using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Core.Storage;

/// <summary>How an attempt to publish ended.</summary>
public enum PublishStatus
{
    /// <summary>The publication is stored and the statement is Published.</summary>
    Published,
    /// <summary>The statement is not Approved; nothing was written.</summary>
    NotApproved,
    /// <summary>The text moved past the version being published; nothing was written.</summary>
    HeadMoved,
}

/// <summary>The result of <see cref="IPublicationStore.PublishAsync"/>, with the state and head version the store found.</summary>
public sealed record PublishOutcome(PublishStatus Status, StatementState State, long HeadVersion);
