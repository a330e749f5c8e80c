using CoDraft.Core.Word;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Tests.Word;

public sealed class RedlineWordTests
{
    private static readonly TrackedChangeStamp Stamp = new("Ana Silva (Water Now)", new DateTimeOffset(2026, 3, 4, 10, 30, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(WordCases.RedlineNames), MemberType = typeof(WordCases))]
    public void Every_redline_export_is_a_valid_Word_document_with_tracked_changes(string name)
    {
        var docx = Export(name, out _, out _);

        Assert.Empty(WordExportTests.Errors(docx));
        using var document = WordExportTests.Open(docx);
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.NotEmpty(body.Descendants<InsertedRun>());
        Assert.NotEmpty(body.Descendants<DeletedRun>());
    }

    [Theory]
    [MemberData(nameof(WordCases.RedlineNames), MemberType = typeof(WordCases))]
    public void Accepting_every_change_gives_the_later_version(string name)
    {
        var docx = Export(name, out _, out var to);

        Assert.Equal(WordWords.OfMarkdown(to), WordWords.OfDocx(TrackedChangeResolver.AcceptAll(docx)));
    }

    [Theory]
    [MemberData(nameof(WordCases.RedlineNames), MemberType = typeof(WordCases))]
    public void Rejecting_every_change_gives_the_earlier_version(string name)
    {
        var docx = Export(name, out var from, out _);

        Assert.Equal(WordWords.OfMarkdown(from), WordWords.OfDocx(TrackedChangeResolver.RejectAll(docx)));
    }

    [Fact]
    public void A_plain_edit_is_tracked_word_by_word_and_the_paragraph_keeps_its_style()
    {
        using var document = WordExportTests.Open(Export("word-edits", out _, out _));
        var body = document.MainDocumentPart!.Document!.Body!;

        Assert.Contains("urge", body.Descendants<InsertedRun>().Select(r => r.InnerText.Trim()));
        Assert.Contains("ask", body.Descendants<DeletedRun>().Select(r => r.InnerText.Trim()));
        var heading = body.Elements<Paragraph>().First();
        Assert.Equal("Heading1", heading.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Contains("call for", heading.Elements<Run>().Select(r => r.InnerText).Aggregate((a, b) => a + b), StringComparison.Ordinal);
        // Only the changed words are marked: the unchanged ones are plain runs of the same paragraph.
        Assert.Contains(body.Elements<Paragraph>().ElementAt(1).Elements<Run>(), r => r.InnerText.Contains("government", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reworded_formatted_paragraph_shows_its_old_form_deleted_and_its_new_form_inserted_with_formatting()
    {
        using var document = WordExportTests.Open(Export("formatting", out _, out _));
        var body = document.MainDocumentPart!.Document!.Body!;

        var inserted = body.Descendants<InsertedRun>().SelectMany(r => r.Elements<Run>()).ToList();
        Assert.NotNull(inserted.Single(r => r.InnerText == "human right").RunProperties!.Bold);
        Assert.NotNull(inserted.Single(r => r.InnerText == "everyone").RunProperties!.Italic);
        Assert.Contains(document.MainDocumentPart.HyperlinkRelationships, r => r.Uri == new Uri("https://example.org/report2"));
    }

    [Fact]
    public void Every_change_carries_the_author_and_date()
    {
        using var document = WordExportTests.Open(Export("structure", out _, out _));
        var body = document.MainDocumentPart!.Document!.Body!;
        var changes = body.Descendants<InsertedRun>().Select(r => (r.Author?.Value, r.Date?.Value, r.Id?.Value))
            .Concat(body.Descendants<DeletedRun>().Select(r => (r.Author?.Value, r.Date?.Value, r.Id?.Value))).ToList();

        Assert.All(changes, c => Assert.Equal("Ana Silva (Water Now)", c.Item1));
        Assert.All(changes, c => Assert.Equal(Stamp.Date.UtcDateTime, c.Item2));
        Assert.Equal(changes.Count, changes.Select(c => c.Item3).Distinct().Count());
    }

    [Fact]
    public void An_added_table_row_is_a_tracked_row_insertion()
    {
        using var document = WordExportTests.Open(Export("table-and-quote", out _, out _));
        var rows = document.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().ToList();

        Assert.Contains(rows, row => row.TableRowProperties?.Elements<Inserted>().Any() == true && row.InnerText.Contains("Clean Rivers", StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_table_tracks_its_rows_and_leaves_unchanged_rows_alone()
    {
        using var document = WordExportTests.Open(Export("table-rows", out _, out _));
        var table = Assert.Single(document.MainDocumentPart!.Document!.Body!.Elements<Table>());
        string? ChangeOf(TableRow row) =>
            row.TableRowProperties?.Elements<Inserted>().Any() == true ? "inserted" : row.TableRowProperties?.Elements<Deleted>().Any() == true ? "deleted" : null;
        var rows = table.Elements<TableRow>().Select(row => (Text: string.Join(" ", row.Descendants<TableCell>().Select(c => c.InnerText.Trim())), Change: ChangeOf(row))).ToList();

        Assert.Equal(
        [
            ("Organisation Country Joined", null),
            ("Water Now Kenya 2024", null),
            ("Blue Future Chile 2025", "deleted"),
            ("Clean Rivers Peru 2025", "deleted"),
            ("Clean Rivers Peru 2026", "inserted"),
            ("Lake Watch Uganda 2026", "inserted"),
        ], rows);
    }

    [Fact]
    public void Nested_list_items_keep_their_level_in_the_redline()
    {
        using var document = WordExportTests.Open(Export("nested-lists", out _, out _));
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        int? LevelOf(string words) => paragraphs.Single(p => p.InnerText.Contains(words, StringComparison.Ordinal))
            .ParagraphProperties?.NumberingProperties?.NumberingLevelReference?.Val?.Value;

        Assert.Equal(0, LevelOf("Fund local water utilities."));
        Assert.Equal(1, LevelOf("in plain language"));
        Assert.Equal(1, LevelOf("in every district"));
        Assert.Equal(1, LevelOf("online and on paper"));
        Assert.Equal(0, LevelOf("Protect rivers."));
    }

    internal static byte[] Export(string name, out string from, out string to)
    {
        (_, from, to) = WordCases.Redlines().Single(r => r.Name == name);
        return WordExport.Redline(from, to, "Joint statement", Stamp);
    }
}
