using System.Xml.Linq;
using CoDraft.Core.Publishing;

namespace CoDraft.Core.Tests.Publishing;

public sealed class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Publications_appear_newest_first_with_their_links_and_dates()
    {
        var older = new FeedEntry(new Uri("https://codraft.example/s/first-letter"), "First letter", new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), "Signed by 12 organisations.");
        var newer = new FeedEntry(new Uri("https://codraft.example/s/open-letter-eu"), "Open letter to the EU", new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero), new(2026, 11, 29, 8, 30, 0, TimeSpan.Zero), "Signed by 54 organisations.");

        var feed = XDocument.Parse(AtomFeed.Write("CoDraft publications", new Uri("https://codraft.example/feed.atom"), [older, newer]));

        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(["Open letter to the EU", "First letter"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("https://codraft.example/s/open-letter-eu", entries[0].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("2026-11-28T10:00:00Z", entries[0].Element(Atom + "published")!.Value);
        Assert.Equal("2026-11-29T08:30:00Z", feed.Root.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Markup_in_a_title_or_summary_stays_text()
    {
        var entry = new FeedEntry(new Uri("https://codraft.example/s/x"), "<script>alert(1)</script> & co", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "<b>bold</b>");

        var xml = AtomFeed.Write("Feed", new Uri("https://codraft.example/feed.atom"), [entry]);
        var parsed = XDocument.Parse(xml).Root!.Element(Atom + "entry")!;

        Assert.DoesNotContain("<script>", xml);
        Assert.DoesNotContain("utf-16", xml);
        Assert.Equal("<script>alert(1)</script> & co", parsed.Element(Atom + "title")!.Value);
        Assert.Equal("<b>bold</b>", parsed.Element(Atom + "summary")!.Value);
    }
}
