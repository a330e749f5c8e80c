using System.Text;
using System.Xml;
using CoDraft.Core.Text;

namespace CoDraft.Core.Publishing;

/// <summary>
/// Writes the Atom 1.0 feed (RFC 4287) of publications. Every text is XML-escaped by the writer, and characters
/// XML 1.0 forbids (which an older store may hold) are left out first, so one of them cannot break the whole feed.
/// </summary>
public static class AtomFeed
{
    /// <summary>
    /// The feed document, entries newest first. It has no XML declaration, so it reads as UTF-8, the encoding it
    /// is served in.
    /// </summary>
    public static string Write(string title, Uri self, IEnumerable<FeedEntry> entries)
    {
        var ordered = entries.OrderByDescending(e => e.Published).ToList();
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", atom);
            xml.WriteElementString("title", atom, XmlSafeText.Clean(title));
            xml.WriteElementString("id", atom, self.AbsoluteUri);
            WriteLink(xml, atom, "self", self);
            xml.WriteElementString("updated", atom, Timestamp(ordered.Count > 0 ? ordered.Max(e => e.Updated) : DateTimeOffset.UnixEpoch));
            foreach (var entry in ordered)
            {
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("title", atom, XmlSafeText.Clean(entry.Title));
                xml.WriteElementString("id", atom, entry.Url.AbsoluteUri);
                WriteLink(xml, atom, "alternate", entry.Url);
                xml.WriteElementString("published", atom, Timestamp(entry.Published));
                xml.WriteElementString("updated", atom, Timestamp(entry.Updated));
                xml.WriteStartElement("summary", atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(XmlSafeText.Clean(entry.Summary));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return output.ToString();
    }

    private static void WriteLink(XmlWriter xml, string ns, string rel, Uri href)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href.AbsoluteUri);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
}
