using System.Globalization;

namespace CoDraft.Server.Publishing;

/// <summary>How the public pages and exports write a date: "28 November 2026" (UTC), and the same instant for machines.</summary>
public static class PublicDates
{
    /// <summary>"28 November 2026".</summary>
    public static string Long(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"2026-11-28T09:30:00Z", for a <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
