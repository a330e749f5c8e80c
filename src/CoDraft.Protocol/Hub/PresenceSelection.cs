namespace CoDraft.Protocol.Hub;

/// <summary>A cursor or selection in code points; <c>Anchor == Head</c> for a plain cursor.</summary>
public sealed record PresenceSelection(int Anchor, int Head);
