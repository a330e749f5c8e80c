using CoDraft.Core.Text;
using CoDraft.Core.Word;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Tests.Word;

/// <summary>
/// An exported version, edited in Word and uploaded back: its tracked changes and its untracked edits come back as
/// changes to the version's own Markdown, placed by code point, which applied give the edited text.
/// </summary>
public sealed class WordUploadTests
{
    private static readonly TrackedChangeStamp Lawyer = new("Mara Costa (Child Rights Europe)", new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));

    private const string Before = """
        # Open letter on child protection

        We call on the Council to act now and to fund *local* services.

        - first point
        - second point

        Signed in Brussels.

        """;

    private const string After = """
        # Open letter on child protection

        We urge the Council and the Parliament to act now and to fund *local* services.

        - first point
        - second, stronger point
        - third point

        Signed in Brussels.

        """;

    [Fact]
    public void Tracked_changes_in_an_edited_export_come_back_as_changes_that_give_the_edited_text()
    {
        var plan = WordUpload.Plan(WordExport.Redline(Before, After, "Open letter", Lawyer), Before);

        Assert.Empty(plan.Untracked);
        Assert.NotEmpty(plan.Tracked);
        Assert.All(plan.Tracked, c => Assert.False(c.Approximate));
        Assert.All(plan.Tracked, c => Assert.Equal(Slice(Before, c.Start, c.End), c.Quote));
        Assert.Equal(After, Apply(Before, plan.Tracked));
    }

    [Fact]
    public void A_rewritten_phrase_is_one_change_not_one_per_word()
    {
        const string before = "The big red dog sleeps.\n";
        const string after = "A small blue dog sleeps.\n";

        var plan = WordUpload.Plan(WordExport.Redline(before, after, "t", Lawyer), before);

        var change = Assert.Single(plan.Tracked);
        Assert.Equal("The big red", change.Quote);
        Assert.Equal("A small blue", change.Replacement);
    }

    [Fact]
    public void Edits_made_without_track_changes_are_listed_apart_and_give_the_edited_text()
    {
        var plan = WordUpload.Plan(WordExport.Version(After, "Open letter"), Before);

        Assert.Empty(plan.Tracked);
        Assert.NotEmpty(plan.Untracked);
        Assert.Equal(After, Apply(Before, plan.Untracked));
    }

    [Fact]
    public void An_unchanged_export_proposes_nothing_even_where_Word_reads_the_Markdown_back_differently()
    {
        // Underscores, a star list and a hard-wrapped paragraph all read back from Word in another spelling.
        const string text = "Some _italic_ words and __bold__ ones.\n\n* one\n* two\n\nA paragraph\nwrapped by hand.\n";

        var plan = WordUpload.Plan(WordExport.Version(text, "t"), text);

        Assert.Empty(plan.Tracked);
        Assert.Empty(plan.Untracked);
    }

    [Fact]
    public void A_change_beside_Markdown_that_Word_spells_differently_keeps_that_Markdown_as_it_was()
    {
        const string before = "Some _italic_ words here.\n\nThe second paragraph stays.\n";
        const string after = "Some _italic_ words here.\n\nThe second paragraph changes.\n";

        var plan = WordUpload.Plan(WordExport.Redline(before, after, "t", Lawyer), before);

        Assert.Equal(after, Apply(before, plan.Tracked));
    }

    [Fact]
    public void Positions_are_code_points_so_text_after_an_emoji_is_placed_right()
    {
        const string before = "Children 😀 play outside every day.\n";
        const string after = "Children 😀 play inside every day.\n";

        var plan = WordUpload.Plan(WordExport.Redline(before, after, "t", Lawyer), before);

        var change = Assert.Single(plan.Tracked);
        Assert.Equal("outside", change.Quote);
        Assert.Equal(16, change.Start);
        Assert.Equal(after, Apply(before, plan.Tracked));
    }

    [Fact]
    public void The_export_says_which_statement_and_version_it_is_and_a_plain_document_does_not()
    {
        var id = Guid.NewGuid();

        Assert.Equal(new WordSource(id, 7), WordUpload.SourceOf(WordExport.Version(Before, "t", new WordSource(id, 7))));
        Assert.Null(WordUpload.SourceOf(WordExport.Version(Before, "t")));
    }

    [Fact]
    public void A_comment_in_the_file_comes_back_on_the_passage_it_was_made_on()
    {
        var docx = Commented(WordExport.Redline(Before, After, "Open letter", Lawyer), "Signed in Brussels.", "Mara Costa", "Which city do the others prefer?");

        var plan = WordUpload.Plan(docx, Before);

        var comment = Assert.Single(plan.Comments);
        Assert.Equal("Signed in Brussels.", comment.Quote);
        Assert.Equal("Signed in Brussels.", Slice(Before, comment.Start, comment.End));
        Assert.Equal("Mara Costa", comment.Author);
        Assert.Equal("Which city do the others prefer?", comment.Text);
        Assert.False(comment.Approximate);
        Assert.DoesNotContain(plan.Warnings, w => w.Contains("comment", StringComparison.Ordinal));
        Assert.Equal(After, Apply(Before, plan.Tracked));
    }

    [Theory]
    [MemberData(nameof(WordCases.RedlineNames), MemberType = typeof(WordCases))]
    public void Every_redline_case_uploaded_back_gives_the_later_version(string name)
    {
        var docx = RedlineWordTests.Export(name, out var from, out var to);

        var plan = WordUpload.Plan(docx, from);

        Assert.Equal(WordWords.OfMarkdown(to), WordWords.OfMarkdown(Apply(from, plan.Tracked)));
    }

    [SkippableFact]
    public void A_file_saved_again_by_LibreOffice_keeps_its_source_and_its_tracked_changes()
    {
        Skip.If(LibreOffice.Executable is null, LibreOffice.SkipReason);
        var work = Directory.CreateTempSubdirectory("codraft-word-upload-");
        try
        {
            var id = Guid.NewGuid();
            var exported = Path.Combine(work.FullName, "in", "letter.docx");
            Directory.CreateDirectory(Path.GetDirectoryName(exported)!);
            File.WriteAllBytes(exported, Stamped(WordExport.Redline(Before, After, "Open letter", Lawyer), new WordSource(id, 3)));
            var saved = Path.Combine(work.FullName, "out");

            LibreOffice.Convert([exported], "docx:MS Word 2007 XML", saved);
            var docx = File.ReadAllBytes(Path.Combine(saved, "letter.docx"));

            Assert.Equal(new WordSource(id, 3), WordUpload.SourceOf(docx));
            var plan = WordUpload.Plan(docx, Before);
            Assert.Empty(plan.Untracked);
            Assert.Equal(After, Apply(Before, plan.Tracked));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>A copy of <paramref name="docx"/> that says it was exported from <paramref name="source"/>.</summary>
    internal static byte[] Stamped(byte[] docx, WordSource source)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
        {
            WordUpload.Stamp(document, source);
        }
        return stream.ToArray();
    }

    /// <summary>A copy of <paramref name="docx"/> with a comment on the whole paragraph that reads <paramref name="paragraph"/>.</summary>
    private static byte[] Commented(byte[] docx, string paragraph, string author, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart!;
            var part = main.AddNewPart<DocumentFormat.OpenXml.Packaging.WordprocessingCommentsPart>();
            part.Comments = new W.Comments(new W.Comment(new W.Paragraph(new W.Run(new W.Text(text)))) { Id = "7", Author = author, Initials = "MC" });
            var target = main.Document!.Body!.Descendants<W.Paragraph>().Single(p => p.InnerText == paragraph);
            target.InsertAfter(new W.CommentRangeStart { Id = "7" }, target.ParagraphProperties);
            target.Append(new W.CommentRangeEnd { Id = "7" }, new W.Run(new W.CommentReference { Id = "7" }));
        }
        return stream.ToArray();
    }

    /// <summary>The text with the changes made, by code point, last first.</summary>
    internal static string Apply(string text, IEnumerable<WordUploadChange> changes)
    {
        foreach (var change in changes.OrderByDescending(c => c.Start))
        {
            var start = CodePoints.ToUtf16Index(text, change.Start);
            var end = CodePoints.ToUtf16Index(text, change.End);
            text = text[..start] + change.Replacement + text[end..];
        }
        return text;
    }

    private static string Slice(string text, int start, int end) =>
        text[CodePoints.ToUtf16Index(text, start)..CodePoints.ToUtf16Index(text, end)];
}
