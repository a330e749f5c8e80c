using System.Globalization;
using CoDraft.Core.Text;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Word;

using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// Reads back a .docx that was exported from a version and edited in Word or LibreOffice: its tracked changes, and
/// any edits made without tracking, as changes to that version's text. The file is read three ways — the version as
/// CoDraft exports it, the file with its tracked changes rejected, and with them accepted — all through the same
/// importer, so that what Word cannot carry (and so reads back differently) is the same in all three and only real
/// edits differ. Positions are then carried back onto the version's own Markdown. See docs/word.md.
/// </summary>
public static class WordUpload
{
    private const string FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
    private const string StatementProperty = "CoDraft statement";
    private const string VersionProperty = "CoDraft version";

    /// <summary>Writes <paramref name="source"/> into the custom properties of <paramref name="document"/>.</summary>
    internal static void Stamp(WordprocessingDocument document, WordSource source)
    {
        var part = document.CustomFilePropertiesPart ?? document.AddCustomFilePropertiesPart();
        part.Properties = new Properties(
            new CustomDocumentProperty(new VTLPWSTR(source.StatementId.ToString("D"))) { FormatId = FormatId, PropertyId = 2, Name = StatementProperty },
            new CustomDocumentProperty(new VTLPWSTR(source.Version.ToString(CultureInfo.InvariantCulture))) { FormatId = FormatId, PropertyId = 3, Name = VersionProperty });
    }

    /// <summary>Which statement and version <paramref name="docx"/> was exported from; null when it does not say.</summary>
    /// <exception cref="Errors.CoDraftException"><c>import.invalid_document</c> when the bytes are not a readable .docx.</exception>
    public static WordSource? SourceOf(byte[] docx) => WordImport.Open(docx, document =>
    {
        var properties = document.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>().ToList() ?? [];
        string? Value(string name) => properties.FirstOrDefault(p => p.Name?.Value == name)?.InnerText;
        return Guid.TryParse(Value(StatementProperty), out var statement)
            && long.TryParse(Value(VersionProperty), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? new WordSource(statement, version)
            : null;
    });

    /// <summary>The changes <paramref name="docx"/> makes to <paramref name="versionText"/>, the version it was exported from.</summary>
    /// <exception cref="Errors.CoDraftException"><c>import.invalid_document</c> when the bytes are not a readable .docx.</exception>
    public static WordUploadPlan Plan(byte[] docx, string versionText)
    {
        ArgumentNullException.ThrowIfNull(versionText);
        var marks = new CommentMarks();
        var marked = WordImport.Read(docx, TrackedChangeView.Rejected, marks);
        var (rejectedMarkdown, commentRanges) = marks.Extract(marked.Markdown);
        var rejected = marked with { Markdown = rejectedMarkdown };
        var accepted = WordImport.Read(docx, TrackedChangeView.Accepted);
        var exported = WordImport.Read(WordExport.Version(versionText, "")).Markdown;

        // The version as its export reads back, against its own Markdown: only what Word cannot carry differs.
        var toVersion = TextAlignment.Of(exported, versionText);
        // The exported text against the file's text before its tracked changes: edits made without tracking.
        var untracked = TextAlignment.Of(exported, rejected.Markdown);
        // The file before its tracked changes against after: the tracked changes.
        var tracked = TextAlignment.Of(rejected.Markdown, accepted.Markdown);
        var backToExported = TextAlignment.Of(rejected.Markdown, exported);

        var untrackedChanges = untracked.Changes
            .Select(c => Place(toVersion, c.FromStart, c.FromEnd, rejected.Markdown[c.ToStart..c.ToEnd], approximate: false))
            .ToList();
        var trackedChanges = new List<WordUploadChange>();
        foreach (var c in tracked.Changes)
        {
            var start = backToExported.Map(c.FromStart, end: false, out var startExact);
            var end = backToExported.Map(c.FromEnd, end: true, out var endExact);
            trackedChanges.Add(Place(toVersion, start, Math.Max(start, end), accepted.Markdown[c.ToStart..c.ToEnd], !(startExact && endExact)));
        }
        var comments = new List<WordUploadComment>();
        foreach (var (id, author, body) in CommentsOf(docx))
        {
            if (!commentRanges.TryGetValue(id, out var range))
            {
                continue; // A comment whose place is in text the file's tracked changes removed, or in a part not read.
            }
            var start = backToExported.Map(range.Start, end: false, out var startExact);
            var end = backToExported.Map(range.End, end: true, out var endExact);
            var placed = Place(toVersion, start, Math.Max(start, end), "", !(startExact && endExact));
            comments.Add(new WordUploadComment(placed.Start, placed.End, placed.Quote, author, body, placed.Approximate));
        }
        // Comments and tracked changes are carried here; what else the file had that Markdown cannot is still named.
        var warnings = accepted.Warnings
            .Where(w => !w.StartsWith("The document had tracked changes", StringComparison.Ordinal)
                && !(w.Contains(" comment", StringComparison.Ordinal) && w.EndsWith(" left out.", StringComparison.Ordinal)))
            .ToList();
        return new WordUploadPlan(trackedChanges, untrackedChanges, [.. comments.OrderBy(c => c.Start)], warnings);
    }

    /// <summary>Each comment of the file: its id, author and text (its paragraphs one per line).</summary>
    private static IReadOnlyList<(string Id, string Author, string Text)> CommentsOf(byte[] docx) => WordImport.Open(docx, document =>
        (IReadOnlyList<(string, string, string)>)[.. (document.MainDocumentPart!.WordprocessingCommentsPart?.Comments?.Elements<Comment>() ?? [])
            .Select(c => (c.Id?.Value ?? "", c.Author?.Value ?? "",
                string.Join("\n", c.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).Where(t => t.Length > 0))))
            .Where(c => c.Item3.Length > 0)]);

    /// <summary>A change at [start, end) of the exported text, carried onto the version's own Markdown.</summary>
    private static WordUploadChange Place(TextAlignment toVersion, int start, int end, string replacement, bool approximate)
    {
        var text = toVersion.To;
        var from = toVersion.Map(start, end: false, out var startExact);
        var to = Math.Max(from, toVersion.Map(end, end: true, out var endExact));
        if (from == to)
        {
            // A suggestion replaces a passage: an insertion takes the word before it (or after it) along.
            var (left, right) = (from, to);
            while (left > 0 && !char.IsWhiteSpace(text[left - 1]))
            {
                left--;
            }
            if (left == from)
            {
                while (right < text.Length && !char.IsWhiteSpace(text[right]))
                {
                    right++;
                }
            }
            if (left == right)
            {
                left = from > 0 ? from - (from > 1 && char.IsLowSurrogate(text[from - 1]) ? 2 : 1) : left;
                right = left == from && to < text.Length ? to + 1 : right;
            }
            replacement = text[left..from] + replacement + text[to..right];
            (from, to) = (left, right);
        }
        return new WordUploadChange(
            CodePoints.FromUtf16Index(text, from), CodePoints.FromUtf16Index(text, to), text[from..to], replacement,
            approximate || !startExact || !endExact);
    }
}
