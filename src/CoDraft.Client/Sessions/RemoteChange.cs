using CoDraft.Core.Text;

namespace CoDraft.Client.Sessions;

/// <summary>
/// Someone else's committed change, as applied to the local text: <see cref="Op"/> is the op transformed past the
/// local edits not yet confirmed, so it applies to the text as it was just before the event.
/// </summary>
public sealed record RemoteChange(TextOp Op, long Version, string Author, string ClientId);
