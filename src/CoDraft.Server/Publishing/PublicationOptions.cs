namespace CoDraft.Server.Publishing;

/// <summary>Settings of the public side (section "Publication" of the configuration).</summary>
public sealed class PublicationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Publication";

    /// <summary>How many sign-on submissions (valid or not) one client address may send per hour, across all statements.</summary>
    public int SignOnsPerAddressPerHour { get; set; } = 10;

    /// <summary>
    /// Longest time, in seconds, a process serves a public answer from its cache. Changes made in this process show at
    /// once; this bounds how late a change made by another process shows here when no Redis connection carries it.
    /// </summary>
    public int CacheSeconds { get; set; } = 30;

    /// <summary>
    /// The <c>max-age</c>, in seconds, browsers and proxies are told for public answers; 0 (the default) makes them
    /// ask again every time (<c>no-cache</c>: a 304 when unchanged), so nobody reads a page older than the cache's.
    /// </summary>
    public int BrowserMaxAgeSeconds { get; set; }
}
