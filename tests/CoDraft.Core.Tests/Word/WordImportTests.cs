using CoDraft.Core.Errors;
using CoDraft.Core.Markdown;
using CoDraft.Core.Word;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Tests.Word;

using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

public sealed class WordImportTests
{
    /// <summary>
    /// Export then import gives back the same statement as the web page shows it: the two Markdown texts render to
    /// the same HTML. Compared as HTML because Markdown spells one thing many ways (list markers, indentation,
    /// escapes, autolinks), and the rendering is what a reader sees.
    /// </summary>
    [Theory]
    [MemberData(nameof(WordCases.VersionNames), MemberType = typeof(WordCases))]
    public void Export_then_import_gives_back_the_same_statement(string name)
    {
        var markdown = WordCases.Versions().Single(v => v.Name == name).Markdown;

        var imported = WordImport.Read(WordExport.Version(markdown, name));

        Assert.Equal(MarkdownRenderer.ToHtml(markdown), MarkdownRenderer.ToHtml(imported.Markdown));
        Assert.Empty(imported.Warnings);
    }

    [Theory]
    [InlineData("plain text, not a document")]
    [InlineData("")]
    public void A_file_that_is_not_a_docx_is_refused_with_a_stable_code(string content)
    {
        var error = Assert.Throws<CoDraftException>(() => WordImport.Read(System.Text.Encoding.UTF8.GetBytes(content)));

        Assert.Equal(ErrorCodes.ImportInvalidDocument, error.Code);
    }

    [Fact]
    public void A_zip_that_is_not_a_Word_document_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hello");
        }

        var error = Assert.Throws<CoDraftException>(() => WordImport.Read(stream.ToArray()));

        Assert.Equal(ErrorCodes.ImportInvalidDocument, error.Code);
    }

    [Fact]
    public void An_image_is_left_out_with_a_warning_naming_it_and_the_text_around_it_stays()
    {
        var docx = Document(body =>
        {
            body.Append(new Paragraph(new Run(new Text("Before the picture."))));
            body.Append(new Paragraph(new Run(new Drawing(ImageXml("Map of the river basin")))));
            body.Append(new Paragraph(new Run(new Text("After the picture."))));
        });

        var imported = WordImport.Read(docx);

        Assert.Equal("Before the picture.\n\nAfter the picture.\n", imported.Markdown);
        var warning = Assert.Single(imported.Warnings);
        Assert.Equal("1 image was left out: “Map of the river basin”.", warning);
    }

    [Fact]
    public void Localized_heading_styles_footnotes_comments_and_tracked_changes_are_read_or_named()
    {
        var docx = Document(body =>
        {
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Titel1" }), new Run(new Text("Erklärung"))));
            body.Append(new Paragraph(
                new Run(new Text("Water is a right") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FootnoteReference { Id = 1 }),
                new InsertedRun(new Run(new Text(" for all"))) { Id = "5", Author = "Ana" },
                new DeletedRun(new Run(new DeletedText(" for some"))) { Id = "6", Author = "Ana" },
                new Run(new Text("."))));
        }, main =>
        {
            main.StyleDefinitionsPart!.Styles!.Append(
                new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "berschrift1" },
                new Style(new StyleName { Val = "Meine Überschrift" }, new BasedOn { Val = "berschrift1" }) { Type = StyleValues.Paragraph, StyleId = "Titel1" });
            var footnotes = main.AddNewPart<FootnotesPart>();
            footnotes.Footnotes = new Footnotes(new Footnote(new Paragraph(new Run(new Text("UN resolution 64/292.")))) { Id = 1 });
            var comments = main.AddNewPart<WordprocessingCommentsPart>();
            comments.Comments = new Comments(new Comment(new Paragraph(new Run(new Text("Check this")))) { Id = "1", Author = "Ben" });
        });

        var imported = WordImport.Read(docx);

        Assert.Equal("# Erklärung\n\nWater is a right\\[1\\] for all.\n\n**Notes**\n\n1. UN resolution 64/292.\n", imported.Markdown);
        Assert.Contains("1 comment was left out.", imported.Warnings);
        Assert.Contains(imported.Warnings, w => w.Contains("tracked changes (1 insertion, 1 deletion)", StringComparison.Ordinal));
    }

    private static string ImageXml(string name) =>
        "<w:drawing xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
        + "<wp:inline><wp:extent cx=\"100\" cy=\"100\"/><wp:docPr id=\"1\" name=\"Picture 1\" descr=\"" + name + "\"/>"
        + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic/></a:graphicData></a:graphic>"
        + "</wp:inline></w:drawing>";

    private static byte[] Document(Action<Body> fill, Action<MainDocumentPart>? parts = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles();
            var body = new Body();
            fill(body);
            main.Document = new Document(body);
            parts?.Invoke(main);
        }
        return stream.ToArray();
    }
}
