namespace CoDraft.Server.Tests.Publishing;

/// <summary>
/// A server whose public cache keeps answers for a day, so that a test sees only what invalidates them (an event,
/// an embargo ending), never the time bound.
/// </summary>
public sealed class LongCachePublicationFixture() : PublicationFixture(new Dictionary<string, string?> { ["Publication:CacheSeconds"] = "86400" });
