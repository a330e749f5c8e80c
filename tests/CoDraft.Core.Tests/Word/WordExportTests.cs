using CoDraft.Core.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Tests.Word;

public sealed class WordExportTests
{
    [Theory]
    [MemberData(nameof(WordCases.VersionNames), MemberType = typeof(WordCases))]
    public void Every_version_export_is_a_valid_Word_document(string name)
    {
        var docx = WordExport.Version(Case(name), "Joint statement");

        Assert.Empty(Errors(docx));
    }

    [Theory]
    [MemberData(nameof(WordCases.VersionNames), MemberType = typeof(WordCases))]
    public void Every_version_export_reads_as_the_versions_words(string name)
    {
        var markdown = Case(name);
        var expected = WordWords.OfMarkdown(markdown);

        Assert.Equal(markdown.Trim().Length == 0, expected.Count == 0);
        Assert.Equal(expected, WordWords.OfDocx(WordExport.Version(markdown, "Joint statement")));
    }

    [Fact]
    public void Headings_lists_quotes_and_tables_take_Words_own_styles()
    {
        using var document = Open(WordExport.Version(Case("everything"), "Joint statement"));
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

        Assert.Equal("Heading1", StyleOf(paragraphs, "Joint statement on clean water"));
        Assert.Equal("Heading2", StyleOf(paragraphs, "What we ask"));
        Assert.Equal("Heading6", StyleOf(paragraphs, "Smallest print"));
        Assert.Equal("Quote", StyleOf(paragraphs, "We cannot wait another decade."));
        Assert.Equal("ListNumber", StyleOf(paragraphs, "Fund local water utilities."));
        Assert.Equal("ListBullet", StyleOf(paragraphs, "in every district"));
        Assert.Equal(0, paragraphs.Single(p => p.InnerText == "Fund local water utilities.").ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value);
        Assert.Equal(1, paragraphs.Single(p => p.InnerText == "in every district").ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value);
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleName!.Val!.Value).ToList();
        Assert.Contains("heading 1", styles);
        Assert.Contains("List Bullet", styles);
        Assert.Contains("List Number", styles);
        var table = Assert.Single(document.MainDocumentPart.Document.Body.Elements<Table>());
        Assert.Equal(["Organisation", "Country", "Water Now", "Kenya", "Clean Rivers", "Peru"], table.Descendants<TableCell>().Select(c => c.InnerText.Trim()));
    }

    [Fact]
    public void Emphasis_becomes_bold_and_italic_and_links_become_hyperlinks()
    {
        using var document = Open(WordExport.Version(Case("everything"), "Joint statement"));
        var main = document.MainDocumentPart!;
        var runs = main.Document!.Body!.Descendants<Run>().ToList();

        Assert.NotNull(runs.Single(r => r.InnerText == "safe drinking water").RunProperties!.Bold);
        Assert.NotNull(runs.Single(r => r.InnerText == "human right").RunProperties!.Italic);
        var both = runs.Single(r => r.InnerText == "bold italic").RunProperties!;
        Assert.True(both.Bold is not null && both.Italic is not null);
        var link = main.Document.Body.Descendants<Hyperlink>().First();
        Assert.Equal("United Nations", link.InnerText);
        Assert.Equal(new Uri("https://www.un.org/en/"), main.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri);
        Assert.Contains(main.HyperlinkRelationships, r => r.Uri == new Uri("mailto:info@example.org"));
    }

    [Fact]
    public void A_link_to_a_script_keeps_its_words_but_not_its_address()
    {
        using var document = Open(WordExport.Version(Case("unicode-and-unsafe-link"), "Joint statement"));

        Assert.Empty(document.MainDocumentPart!.HyperlinkRelationships);
        Assert.Contains("link that is not allowed", document.MainDocumentPart.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_goes_into_the_documents_properties()
    {
        using var document = Open(WordExport.Version("Text.", "Water for all"));

        Assert.Equal("Water for all", document.PackageProperties.Title);
    }

    internal static IEnumerable<ValidationErrorInfo> Errors(byte[] docx)
    {
        using var document = Open(docx);
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToList();
    }

    internal static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static string? StyleOf(List<Paragraph> paragraphs, string text) =>
        paragraphs.Single(p => p.InnerText == text).ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static string Case(string name) => WordCases.Versions().Single(v => v.Name == name).Markdown;
}
