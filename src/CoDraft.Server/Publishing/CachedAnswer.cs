namespace CoDraft.Server.Publishing;

/// <summary>
/// The bytes of one public answer, compressed once when the cache was filled, with the strong entity tag of the
/// uncompressed bytes (<see cref="Hash"/>; each encoding's tag adds its own suffix), the caching header to send and
/// the moment it stops being served.
/// </summary>
public sealed record CachedAnswer(
    byte[] Identity,
    byte[]? Brotli,
    byte[]? Gzip,
    string Hash,
    string ContentType,
    string? FileName,
    string CacheControl,
    long Generation,
    DateTimeOffset ExpiresAt)
{
    /// <summary>The entity tag of the uncompressed bytes, quoted.</summary>
    public string Tag { get; } = $"\"{Hash}\"";

    /// <summary>The entity tag of the Brotli bytes, quoted.</summary>
    public string BrotliTag { get; } = $"\"{Hash}-br\"";

    /// <summary>The entity tag of the gzip bytes, quoted.</summary>
    public string GzipTag { get; } = $"\"{Hash}-gz\"";

    /// <summary>The <c>Content-Disposition</c> of a download, or null.</summary>
    public string? Disposition { get; } = FileName is null ? null : $"attachment; filename=\"{FileName}\"";
}
