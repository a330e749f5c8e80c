using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Word;

// CoDraft.Core.Text, a namespace, would otherwise hide Word's text element.
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// Marks Word content as inserted or deleted with tracked changes (<c>w:ins</c>, <c>w:del</c> and
/// <c>w:delText</c>), each with its own id and the stamp's author and date.
/// </summary>
internal sealed class TrackedChanges(TrackedChangeStamp stamp)
{
    private int _nextId = 1;

    /// <summary>A run of <paramref name="run"/>'s content, tracked as inserted.</summary>
    public InsertedRun Inserted(Run run) => Stamp(new InsertedRun(run));

    /// <summary><paramref name="run"/> tracked as deleted: its text becomes deleted text.</summary>
    public DeletedRun Deleted(Run run)
    {
        foreach (var text in run.Elements<Text>().ToList())
        {
            text.InsertAfterSelf(new DeletedText(text.Text) { Space = SpaceProcessingModeValues.Preserve });
            text.Remove();
        }
        return Stamp(new DeletedRun(run));
    }

    /// <summary>Marks every run, paragraph mark and table row in <paramref name="element"/> as inserted or deleted.</summary>
    public void Mark(OpenXmlElement element, bool inserted)
    {
        foreach (var run in element.Descendants<Run>().ToList())
        {
            var parent = run.Parent!;
            var wrapper = inserted ? (OpenXmlElement)Inserted((Run)run.CloneNode(true)) : Deleted((Run)run.CloneNode(true));
            parent.ReplaceChild(wrapper, run);
        }
        var paragraphs = element is Paragraph own ? [own] : element.Descendants<Paragraph>().ToList();
        foreach (var paragraph in paragraphs)
        {
            var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
            properties.Append(new ParagraphMarkRunProperties(inserted ? Stamp(new Inserted()) : Stamp(new Deleted())));
        }
        foreach (var row in element is TableRow ownRow ? [ownRow] : element.Descendants<TableRow>().ToList())
        {
            var properties = row.TableRowProperties ?? row.PrependChild(new TableRowProperties());
            properties.Append(inserted ? Stamp(new Inserted()) : Stamp(new Deleted()));
        }
    }

    private T Stamp<T>(T change) where T : OpenXmlElement
    {
        change.SetAttribute(new OpenXmlAttribute("w", "id", WordNamespace, (_nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        change.SetAttribute(new OpenXmlAttribute("w", "author", WordNamespace, stamp.Author));
        change.SetAttribute(new OpenXmlAttribute("w", "date", WordNamespace, stamp.Date.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)));
        return change;
    }

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
}
