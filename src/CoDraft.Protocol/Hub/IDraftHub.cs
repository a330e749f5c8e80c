using CoDraft.Protocol.Rest;

namespace CoDraft.Protocol.Hub;

/// <summary>
/// What clients call on <c>/hubs/draft</c>. The server's hub implements it and CoDraft.Client calls through it, so a
/// method renamed or changed on one side and not on the other breaks the build. Refusals arrive as a HubException whose
/// message starts with a stable code (docs/protocol.md).
/// </summary>
public interface IDraftHub
{
    /// <summary>Joins a statement: from now on the caller receives its ops and presence. Returns its text and version.</summary>
    Task<JoinResult> Join(Guid statementId);

    /// <summary>Leaves a statement; the caller's presence is cleared for everyone.</summary>
    Task Leave(Guid statementId);

    /// <summary>
    /// Submits an op made on <see cref="SubmitRequest.BaseVersion"/>. It is committed, then broadcast to every
    /// participant including the caller (that echo is the acknowledgement). A resend of a committed
    /// (clientId, seq) returns the original version and applies nothing.
    /// </summary>
    Task<SubmitResult> Submit(SubmitRequest request);

    /// <summary>The ops committed after <paramref name="version"/>, for a client that was away.</summary>
    Task<CatchUpResult> CatchUp(Guid statementId, long version);

    /// <summary>Shares the caller's cursor or selection (null to hide it), as of the version the caller has.</summary>
    Task UpdatePresence(PresenceUpdate update);

    /// <summary>Names the current version, like the REST route.</summary>
    Task<RevisionView> NameRevision(Guid statementId, string label);
}
