using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using CoDraft.Server.Deployment;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Publishing;

/// <summary>
/// The rendered bytes of the public answers (pages, list, feed, exports, public JSON), kept in memory per process.
/// An answer is served from here until public content changes (<see cref="PublicContentChanges"/>), until the next
/// embargo ends (the list and feed must change then, and no event fires), or for at most
/// <see cref="PublicationOptions.CacheSeconds"/>, the bound on how late a change made by another server process
/// shows here. Only answers that exist are kept: a statement under embargo renders nothing, so nothing is cached
/// for it and it stays 404 until its time.
/// </summary>
public sealed class PublicCache(PublicContentChanges changes, PublicationService publications, TimeProvider clock, IOptions<PublicationOptions> options)
{
    /// <summary>
    /// Keys include the address links are written with, which without PublicUrl comes from the request's host; past
    /// this many entries the cache starts over, so that a stream of made-up host names cannot grow it without end.
    /// </summary>
    public const int MaxEntries = 4096;

    /// <summary>
    /// How long, in seconds, a browser or proxy may keep showing an answer past its max-age while it asks again in the
    /// background: a busy page stays fast on publication day without hiding a change for long.
    /// </summary>
    public const int StaleWhileRevalidateSeconds = 60;

    /// <summary>Below this size compressing saves too little to be worth a second copy.</summary>
    private const int CompressAbove = 256;

    private readonly ConcurrentDictionary<string, CachedAnswer> entries = new(StringComparer.Ordinal);

    /// <summary>
    /// The key of a request's answer: the base address links are written with (PublicUrl, or the scheme and host the
    /// request came by) and the path, behind <paramref name="variant"/> for answers that depend on the query string.
    /// The variant goes first: a key of a plain request starts with the scheme, so no path (a decoded <c>%3F</c>
    /// included) can spell a variant's key.
    /// </summary>
    public static string KeyOf(HttpRequest request, string variant = "")
    {
        var address = request.PublicUrl(request.Path.Value ?? "/");
        return variant.Length == 0 ? address : variant + " " + address;
    }

    /// <summary>The cached answer for <paramref name="key"/> if it may still be served; never renders.</summary>
    public CachedAnswer? Fresh(string key) =>
        entries.TryGetValue(key, out var hit) && hit.Generation == changes.Generation && clock.GetUtcNow() < hit.ExpiresAt ? hit : null;

    /// <summary>
    /// The cached answer for <paramref name="key"/>, or <paramref name="render"/>'s, kept for the next request;
    /// null when <paramref name="render"/> finds nothing public (never cached).
    /// </summary>
    public async Task<CachedAnswer?> GetAsync(string key, Func<CancellationToken, Task<PublicRendering?>> render, CancellationToken ct)
    {
        if (Fresh(key) is { } hit)
        {
            return hit;
        }
        var generation = changes.Generation;
        var now = clock.GetUtcNow();
        // The next embargo end is read before rendering, so an embargo ending while this renders still ends the entry.
        var nextEmbargoEnd = await publications.NextEmbargoEndAsync(now, ct);
        if (await render(ct) is not { } rendering)
        {
            entries.TryRemove(key, out _);
            return null;
        }
        var lifetime = now.AddSeconds(Math.Max(0, options.Value.CacheSeconds));
        var cacheControl = CacheControl(options.Value.BrowserMaxAgeSeconds);
        var answer = Fill(rendering, cacheControl, generation, nextEmbargoEnd is { } end && end < lifetime ? end : lifetime);
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }
        // Filled in an older generation (a change landed while rendering): served this once, never kept.
        if (changes.Generation == generation)
        {
            entries[key] = answer;
        }
        return answer;
    }

    private static CachedAnswer Fill(PublicRendering rendering, string cacheControl, long generation, DateTimeOffset expiresAt)
    {
        var identity = Encoding.UTF8.GetBytes(rendering.Body);
        var hash = Convert.ToBase64String(SHA256.HashData(identity).AsSpan(0, 18)).Replace('+', '-').Replace('/', '_');
        var large = identity.Length > CompressAbove;
        return new CachedAnswer(identity,
            large ? Compress(identity, s => new BrotliStream(s, CompressionLevel.Optimal, leaveOpen: true)) : null,
            large ? Compress(identity, s => new GZipStream(s, CompressionLevel.Optimal, leaveOpen: true)) : null,
            hash, rendering.ContentType, rendering.FileName, cacheControl, generation, expiresAt);
    }

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(bytes);
        }
        return output.ToArray();
    }

    /// <summary>
    /// What browsers and shared caches are told. By default (0) they ask again every time: a person who has just
    /// approved a sign-on, or a visitor when an embargo lifts, sees the page as it is now, and an unchanged page costs a
    /// 304. A positive age lets them reuse an answer that long and then revalidate in the background.
    /// </summary>
    internal static string CacheControl(int browserMaxAgeSeconds) =>
        browserMaxAgeSeconds <= 0
            ? "public, no-cache"
            : $"public, max-age={browserMaxAgeSeconds}, stale-while-revalidate={StaleWhileRevalidateSeconds}";
}
