namespace CoDraft.Server.Publishing;

/// <summary>
/// The bytes of one public answer, compressed once when the cache was filled, with the strong entity tag of the
/// uncompressed bytes and the moment it stops being served.
/// </summary>
public sealed record CachedAnswer(
    byte[] Identity,
    byte[]? Brotli,
    byte[]? Gzip,
    string ETag,
    string ContentType,
    string? FileName,
    long Generation,
    DateTimeOffset ExpiresAt);
