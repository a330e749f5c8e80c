using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Tests.Word;

using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// Accepts or rejects every tracked change of a .docx, the way Word's "Accept All" and "Reject All" do, written
/// here independently of the exporter: the oracle the redline export is checked against.
/// </summary>
internal static class TrackedChangeResolver
{
    public static byte[] AcceptAll(byte[] docx) => Resolve(docx, accept: true);

    public static byte[] RejectAll(byte[] docx) => Resolve(docx, accept: false);

    private static byte[] Resolve(byte[] docx, bool accept)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            // Accepting drops deletions and keeps insertions; rejecting the other way round.
            foreach (var gone in (accept ? body.Descendants<DeletedRun>().Cast<OpenXmlElement>() : body.Descendants<InsertedRun>()).ToList())
            {
                gone.Remove();
            }
            foreach (var kept in (accept ? body.Descendants<InsertedRun>().Cast<OpenXmlElement>() : body.Descendants<DeletedRun>()).ToList())
            {
                foreach (var child in kept.ChildElements.ToList())
                {
                    child.Remove();
                    kept.InsertBeforeSelf(child);
                }
                kept.Remove();
            }
            foreach (var deletedText in body.Descendants<DeletedText>().ToList())
            {
                deletedText.InsertBeforeSelf(new Text(deletedText.Text) { Space = SpaceProcessingModeValues.Preserve });
                deletedText.Remove();
            }
            foreach (var row in body.Descendants<TableRow>().ToList())
            {
                var properties = row.TableRowProperties;
                if (properties is not null && (accept ? properties.Elements<Deleted>().Any() : properties.Elements<Inserted>().Any()))
                {
                    row.Remove();
                }
            }
            foreach (var table in body.Descendants<Table>().Where(t => !t.Elements<TableRow>().Any()).ToList())
            {
                table.Remove();
            }
            foreach (var paragraph in body.Descendants<Paragraph>().ToList())
            {
                var mark = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
                var markGone = mark is not null && (accept ? mark.Elements<Deleted>().Any() : mark.Elements<Inserted>().Any());
                if (markGone)
                {
                    MergeIntoNext(paragraph);
                }
            }
            foreach (var change in body.Descendants().Where(e => e is Inserted or Deleted).ToList())
            {
                change.Remove();
            }
        }
        return stream.ToArray();
    }

    /// <summary>A paragraph whose mark is gone runs on into the next paragraph; one with nothing left disappears.</summary>
    private static void MergeIntoNext(Paragraph paragraph)
    {
        var runs = paragraph.ChildElements.Where(e => e is not ParagraphProperties).ToList();
        var next = paragraph.NextSibling<Paragraph>();
        if (next is not null && runs.Count > 0)
        {
            var anchor = next.ParagraphProperties as OpenXmlElement;
            foreach (var run in runs)
            {
                run.Remove();
                if (anchor is null)
                {
                    next.PrependChild(run);
                }
                else
                {
                    anchor.InsertAfterSelf(run);
                }
                anchor = run;
            }
        }
        paragraph.Remove();
    }
}
