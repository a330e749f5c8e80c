using System.Text.RegularExpressions;
using CoDraft.Core.Markdown;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Tests.Word;

using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// The words a reader sees, for comparing a document with the Markdown it came from: text split at whitespace,
/// with list bullets and numbers (which Word draws, not the text) and a thematic break's rule left out.
/// </summary>
internal static partial class WordWords
{
    /// <summary>The words of Markdown as rendered: Markdig's own plain-text rendering, with the web page's pipeline.</summary>
    public static IReadOnlyList<string> OfMarkdown(string markdown) =>
        Split(Markdig.Markdown.ToPlainText(markdown, MarkdownRenderer.Pipeline));

    /// <summary>The words of a .docx's body as it stands (tracked deletions included, as their text is still there).</summary>
    public static IReadOnlyList<string> OfDocx(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var text = new System.Text.StringBuilder();
        foreach (var paragraph in document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>())
        {
            foreach (var element in paragraph.Descendants())
            {
                text.Append(element switch
                {
                    Text t => t.Text,
                    DeletedText d => d.Text,
                    Break or TabChar => " ",
                    _ => "",
                });
            }
            text.Append('\n');
        }
        return Split(text.ToString());
    }

    public static IReadOnlyList<string> Split(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(word => !ListMarker().IsMatch(word)).ToList();

    [GeneratedRegex(@"^(?:[•◦▪–-]|[0-9]+\.|_+|-{3,})$")]
    private static partial Regex ListMarker();
}
