using CoDraft.Core.Accounts;

namespace CoDraft.Protocol.Hub;

/// <summary>
/// The receiver's role on a statement changed: <paramref name="Role"/> is the new one, or null when they no longer
/// take part. Sent to every live connection of that person, whether or not it joined the statement.
/// </summary>
public sealed record AccessChangedMessage(Guid StatementId, StatementRole? Role);
