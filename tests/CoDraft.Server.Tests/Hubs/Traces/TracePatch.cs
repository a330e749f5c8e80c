namespace CoDraft.Server.Tests.Hubs.Traces;

/// <summary>A patch resolved into identities: the characters it deletes and the ones it inserts, in order.</summary>
public sealed record TracePatch(int[] Deleted, int[] Inserted);
