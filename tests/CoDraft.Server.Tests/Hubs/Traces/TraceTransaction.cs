namespace CoDraft.Server.Tests.Hubs.Traces;

/// <summary>One transaction: its agent, its place in that agent's chain, and how much of each agent's chain it had seen.</summary>
public sealed record TraceTransaction(int Agent, int ChainIndex, int[] Seen, IReadOnlyList<TracePatch> Patches);
