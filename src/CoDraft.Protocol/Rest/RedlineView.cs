using CoDraft.Core.Redlines;

namespace CoDraft.Protocol.Rest;

/// <summary>The redline from version <paramref name="From"/> to version <paramref name="To"/>.</summary>
public sealed record RedlineView(long From, long To, string Html, IReadOnlyList<RedlineBlock> Blocks, RedlineStats Stats);
