using CoDraft.Core.Text;

namespace CoDraft.Server.Hubs;

/// <summary>An op a client submits: made on <paramref name="BaseVersion"/>, identified by (<paramref name="ClientId"/>, <paramref name="Seq"/>).</summary>
public sealed record SubmitRequest(Guid StatementId, long BaseVersion, string ClientId, long Seq, TextOp Op);

/// <summary>The version a submission became; <paramref name="Duplicate"/> when it had been committed before.</summary>
public sealed record SubmitResult(long Version, bool Duplicate);

/// <summary>A committed op, as broadcast to every participant (the submitter included: that echo is its ack).</summary>
public sealed record OpMessage(Guid StatementId, long Version, TextOp Op, string ClientId, long Seq, string Author);

/// <summary>A cursor or selection in code points; <c>Anchor == Head</c> for a plain cursor.</summary>
public sealed record PresenceSelection(int Anchor, int Head);

/// <summary>Where one participant is in the text, as of <paramref name="Version"/>.</summary>
public sealed record PresenceMessage(Guid StatementId, string ConnectionId, string PersonId, string Name, string Organisation, PresenceSelection? Selection, long Version);

/// <summary>A participant left the statement (or was disconnected).</summary>
public sealed record PresenceLeftMessage(Guid StatementId, string ConnectionId);

/// <summary>What a client gets on joining: the current text and version, and who else is there.</summary>
public sealed record JoinResult(Guid StatementId, string Text, long Version, IReadOnlyList<PresenceMessage> Participants);

/// <summary>The ops committed after a version, for a client catching up after a reconnect.</summary>
public sealed record CatchUpResult(Guid StatementId, long Version, IReadOnlyList<OpMessage> Ops);

/// <summary>A presence update: the selection as of the version the client has.</summary>
public sealed record PresenceUpdate(Guid StatementId, long Version, PresenceSelection? Selection);
