using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Drawing = DocumentFormat.OpenXml.Wordprocessing.Drawing;

namespace CoDraft.Core.Word;

using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// Writes a paragraph's runs as Markdown inlines (bold, italic, strike-through, code, links) and keeps count of what
/// Markdown cannot carry: images, text boxes, comments, tracked changes, fields, equations. Footnote references become
/// a bracketed number whose text goes to the notes at the end.
/// </summary>
internal sealed partial class WordRunWriter(MainDocumentPart main, TrackedChangeView view = TrackedChangeView.Accepted, CommentMarks? comments = null)
{
    private readonly List<string> _images = [];
    private readonly Dictionary<string, (int Count, string Sentence)> _left = new(StringComparer.Ordinal);
    private int _insertions;
    private int _deletions;

    /// <summary>The texts of the footnotes and endnotes met, in order.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>A paragraph's text as Markdown inlines; line breaks as "\n" (as spaces in a table cell).</summary>
    /// <param name="paragraph">The paragraph.</param>
    /// <param name="inTable">Whether it is in a table cell.</param>
    /// <param name="headerCell">A header cell's bold is the header's look (a pipe table's header is bold already), not emphasis.</param>
    public string Write(Paragraph paragraph, bool inTable, bool headerCell = false)
    {
        var segments = new List<Segment>();
        Collect(paragraph, segments, link: null);
        if (headerCell)
        {
            segments = [.. segments.Select(s => s with { Format = s.Format with { Bold = false } })];
        }
        var text = Compose(segments, inTable).Trim();
        if (inTable)
        {
            text = text.Replace("\n", " ", StringComparison.Ordinal);
        }
        return NumberStart().Replace(BlockStart().Replace(text, "\\$1"), "$1\\$2");
    }

    /// <summary>Records something left out that has no better place in a run: <paramref name="sentence"/> is said once, with the count.</summary>
    public void Note(string key, string sentence)
    {
        _left[key] = (_left.TryGetValue(key, out var seen) ? seen.Count + 1 : 1, sentence);
    }

    /// <summary>Plain sentences naming everything left out.</summary>
    public IReadOnlyList<string> Warnings()
    {
        var warnings = new List<string>();
        if (_images.Count > 0)
        {
            var names = string.Join(", ", _images.Select(n => $"“{n}”"));
            warnings.Add(_images.Count == 1 ? $"1 image was left out: {names}." : $"{_images.Count} images were left out: {names}.");
        }
        var comments = main.WordprocessingCommentsPart?.Comments?.Elements<Comment>().Count() ?? 0;
        if (comments > 0)
        {
            warnings.Add(comments == 1 ? "1 comment was left out." : $"{comments} comments were left out.");
        }
        if (_insertions + _deletions > 0)
        {
            warnings.Add($"The document had tracked changes ({Count(_insertions, "insertion")}, {Count(_deletions, "deletion")}); they were read as if {(view == TrackedChangeView.Accepted ? "accepted" : "rejected")}.");
        }
        foreach (var (count, sentence) in _left.Values)
        {
            warnings.Add($"{count} × {sentence}.");
        }
        return warnings;
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private void Collect(OpenXmlElement parent, List<Segment> segments, string? link)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    CollectRun(run, segments, link);
                    break;
                case Hyperlink hyperlink:
                    Collect(hyperlink, segments, LinkOf(hyperlink) ?? link);
                    break;
                case InsertedRun or MoveToRun:
                    _insertions++;
                    if (view == TrackedChangeView.Accepted)
                    {
                        Collect(child, segments, link);
                    }
                    break;
                case DeletedRun or MoveFromRun:
                    _deletions++;
                    if (view == TrackedChangeView.Rejected)
                    {
                        Collect(child, segments, link);
                    }
                    break;
                case SimpleField field:
                    if (!IsHyperlinkField(field.Instruction?.Value))
                    {
                        Note("field", "field (such as a page number, date or cross-reference) was kept as the text it showed");
                    }
                    Collect(field, segments, link);
                    break;
                case ParagraphProperties:
                    break;
                case CommentRangeStart start when comments is not null:
                    segments.Add(Mark(segments, comments.Start(start.Id?.Value), link));
                    break;
                case CommentRangeEnd end when comments is not null:
                    segments.Add(Mark(segments, comments.End(end.Id?.Value), link));
                    break;
                case OpenXmlElement { LocalName: "oMath" or "oMathPara" }:
                    Note("math", "equation was left out");
                    break;
                case OpenXmlCompositeElement composite:
                    Collect(composite, segments, link);
                    break;
            }
        }
    }

    /// <summary>A comment mark, in the format of the text before it so that it never splits emphasis in two.</summary>
    private static Segment Mark(List<Segment> segments, char mark, string? link) =>
        new(mark.ToString(), segments.Count > 0 ? segments[^1].Format : default, link);

    private void CollectRun(Run run, List<Segment> segments, string? link)
    {
        var format = FormatOf(run.RunProperties);
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case Text text:
                    segments.Add(new Segment(text.Text, format, link));
                    break;
                case DeletedText deleted when view == TrackedChangeView.Rejected:
                    // Only inside a deleted run, which is read at all only when changes are rejected.
                    segments.Add(new Segment(deleted.Text, format, link));
                    break;
                case TabChar:
                    segments.Add(new Segment(" ", format, link));
                    break;
                case Break { Type: null } or CarriageReturn:
                    segments.Add(new Segment("\n", format with { Code = false }, link));
                    break;
                case Break brk when brk.Type?.Value == BreakValues.TextWrapping:
                    segments.Add(new Segment("\n", format with { Code = false }, link));
                    break;
                case NoBreakHyphen:
                    segments.Add(new Segment("-", format, link));
                    break;
                case FieldCode code when !IsHyperlinkField(code.Text):
                    Note("field", "field (such as a page number, date or cross-reference) was kept as the text it showed");
                    break;
                case FootnoteReference footnote:
                    AddNote(main.FootnotesPart?.Footnotes?.Elements<Footnote>().FirstOrDefault(f => f.Id?.Value == footnote.Id?.Value), segments);
                    break;
                case EndnoteReference endnote:
                    AddNote(main.EndnotesPart?.Endnotes?.Elements<Endnote>().FirstOrDefault(f => f.Id?.Value == endnote.Id?.Value), segments);
                    break;
                case Drawing drawing:
                    LeaveOut(drawing);
                    break;
                case Picture or EmbeddedObject:
                    if (child.Descendants().Any(e => e.LocalName == "textbox"))
                    {
                        Note("textbox", "text box was left out");
                    }
                    else
                    {
                        _images.Add(NameOf(child) ?? $"image {_images.Count + 1}");
                    }
                    break;
            }
        }
    }

    private void LeaveOut(Drawing drawing)
    {
        if (drawing.Descendants().Any(e => e.LocalName == "txbx"))
        {
            Note("textbox", "text box was left out");
            return;
        }
        if (drawing.Descendants().Any(e => e.LocalName == "pic"))
        {
            _images.Add(NameOf(drawing) ?? $"image {_images.Count + 1}");
            return;
        }
        Note("drawing", "drawing or chart was left out");
    }

    /// <summary>An image's name as Word shows it (its description, else its name), from wp:docPr.</summary>
    private static string? NameOf(OpenXmlElement element)
    {
        var properties = element.Descendants().FirstOrDefault(e => e.LocalName == "docPr");
        var description = properties?.GetAttributes().FirstOrDefault(a => a.LocalName == "descr").Value;
        var name = properties?.GetAttributes().FirstOrDefault(a => a.LocalName == "name").Value;
        return !string.IsNullOrWhiteSpace(description) ? description : !string.IsNullOrWhiteSpace(name) ? name : null;
    }

    private void AddNote(OpenXmlElement? note, List<Segment> segments)
    {
        if (note is null)
        {
            return;
        }
        var texts = note.Elements<Paragraph>().Select(p => Write(p, inTable: true)).Where(t => t.Length > 0);
        Notes.Add(string.Join(" ", texts));
        segments.Add(new Segment($"[{Notes.Count}]", default, null));
    }

    private string? LinkOf(Hyperlink hyperlink)
    {
        var id = hyperlink.Id?.Value;
        if (id is null)
        {
            return null;
        }
        var uri = main.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri;
        var url = uri?.OriginalString;
        return Markdown.MarkdownRenderer.IsAllowedUrl(url) ? url : null;
    }

    private static bool IsHyperlinkField(string? instruction) =>
        instruction?.TrimStart().StartsWith("HYPERLINK", StringComparison.OrdinalIgnoreCase) == true;

    private Format FormatOf(RunProperties? properties)
    {
        if (properties is null)
        {
            return default;
        }
        var styleId = properties.RunStyle?.Val?.Value;
        var style = styleId is null ? null : main.StyleDefinitionsPart?.Styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
        var styleName = (style?.StyleName?.Val?.Value ?? styleId ?? "").ToLowerInvariant();
        var bold = On(properties.Bold) ?? On(style?.StyleRunProperties?.Bold) ?? styleName.Contains("strong", StringComparison.Ordinal);
        var italic = On(properties.Italic) ?? On(style?.StyleRunProperties?.Italic)
            ?? (styleName.Contains("emphasis", StringComparison.Ordinal) && !styleName.Contains("strong", StringComparison.Ordinal));
        var strike = On(properties.Strike) ?? false;
        var font = properties.RunFonts?.Ascii?.Value ?? "";
        var code = styleName is "verbatim char" or "source text" or "html code"
            || font.Contains("Mono", StringComparison.OrdinalIgnoreCase) || font.Contains("Courier", StringComparison.OrdinalIgnoreCase)
            || font.Contains("Consolas", StringComparison.OrdinalIgnoreCase);
        return new Format(bold, italic, strike, code);
    }

    private static bool? On(OnOffType? value) => value is null ? null : value.Val?.Value ?? true;

    private static string Compose(List<Segment> segments, bool inTable)
    {
        var markdown = new StringBuilder();
        var i = 0;
        while (i < segments.Count)
        {
            var link = segments[i].Link;
            var j = i;
            while (j < segments.Count && segments[j].Link == link)
            {
                j++;
            }
            var label = Formatted(segments.GetRange(i, j - i), inTable);
            if (link is null)
            {
                markdown.Append(label);
            }
            else if (label.Length > 0)
            {
                var plain = string.Concat(segments.GetRange(i, j - i).Select(s => s.Text));
                markdown.Append(plain == link && !link.Contains('>', StringComparison.Ordinal) ? $"<{link}>" : $"[{label}]({link.Replace(" ", "%20", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)})");
            }
            i = j;
        }
        return markdown.ToString();
    }

    private static string Formatted(List<Segment> segments, bool inTable)
    {
        var markdown = new StringBuilder();
        var i = 0;
        while (i < segments.Count)
        {
            var format = segments[i].Format;
            var text = new StringBuilder();
            while (i < segments.Count && segments[i].Format == format)
            {
                text.Append(segments[i].Text);
                i++;
            }
            markdown.Append(Wrap(text.ToString(), format, inTable));
        }
        return markdown.ToString();
    }

    /// <summary>Text with its markers; spaces at either end stay outside, where Markdown wants them.</summary>
    private static string Wrap(string text, Format format, bool inTable)
    {
        var core = text.Trim(' ', '\n');
        if (core.Length == 0)
        {
            return text;
        }
        var lead = text[..text.IndexOf(core, StringComparison.Ordinal)];
        var trail = text[(lead.Length + core.Length)..];
        string body;
        if (format.Code)
        {
            var fence = core.Contains('`', StringComparison.Ordinal) ? "``" : "`";
            body = fence + (fence.Length > 1 ? " " + core + " " : core) + fence;
        }
        else
        {
            body = Escape(core, inTable);
            var marker = (format.Bold, format.Italic) switch
            {
                (true, true) => "***",
                (true, false) => "**",
                (false, true) => "*",
                _ => "",
            };
            if (marker.Length > 0)
            {
                body = string.Join("\n", body.Split('\n').Select(line => line.Length == 0 ? line : marker + line.Trim() + marker));
            }
            if (format.Strike)
            {
                body = "~~" + body + "~~";
            }
        }
        return lead + body + trail;
    }

    private static string Escape(string text, bool inTable)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '<' or '~' || (inTable && c == '|'))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>Characters that would start a heading, quote, list or rule at the start of a line.</summary>
    [GeneratedRegex(@"(?m)^([#>+\-=])")]
    private static partial Regex BlockStart();

    /// <summary>A number and a dot or parenthesis at the start of a line, which would start a numbered list.</summary>
    [GeneratedRegex(@"(?m)^(\d+)([.)])")]
    private static partial Regex NumberStart();

    private readonly record struct Format(bool Bold, bool Italic, bool Strike, bool Code);

    private sealed record Segment(string Text, Format Format, string? Link);
}
