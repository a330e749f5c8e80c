using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Word;

using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// Walks one document's body and writes Markdown block by block, counting what it leaves out so
/// <see cref="WordImport"/> can name it.
/// </summary>
internal sealed class WordReader(MainDocumentPart main, TrackedChangeView view = TrackedChangeView.Accepted, CommentMarks? comments = null)
{
    private readonly WordStyleSheet _styles = new(main);
    private readonly WordRunWriter _runs = new(main, view, comments);
    private readonly StringBuilder _markdown = new();
    private readonly Dictionary<(int NumId, int Level), int> _counters = [];
    private bool _inCode;
    private int _lastListLevel = -1;

    public WordImportResult Read(Body body)
    {
        foreach (var element in body.Elements())
        {
            switch (element)
            {
                case Paragraph paragraph:
                    AppendParagraph(paragraph);
                    break;
                case Table table:
                    AppendTable(table);
                    break;
                case SdtBlock sdt:
                    foreach (var paragraph in sdt.Descendants<Paragraph>())
                    {
                        AppendParagraph(paragraph);
                    }
                    break;
            }
        }
        CloseCode();
        AppendNotes();
        return new WordImportResult(_markdown.ToString().Trim('\n') + "\n", _runs.Warnings());
    }

    private void AppendParagraph(Paragraph paragraph)
    {
        var style = _styles.Of(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        if (style.IsCode)
        {
            OpenCode();
            _markdown.Append(PlainText(paragraph)).Append('\n');
            return;
        }
        CloseCode();
        var numbering = paragraph.ParagraphProperties?.NumberingProperties;
        var numId = numbering?.NumberingId?.Val?.Value ?? style.NumId;
        var level = numbering?.NumberingLevelReference?.Val?.Value ?? 0;
        var outline = paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value;
        var headingLevel = outline is >= 0 and < 6 ? outline.Value + 1 : style.HeadingLevel;
        var text = _runs.Write(paragraph, inTable: false);
        if (text.Length == 0)
        {
            if (paragraph.ParagraphProperties?.ParagraphBorders?.BottomBorder is not null)
            {
                Block("---");
            }
            return;
        }
        if (headingLevel is > 0)
        {
            Block(new string('#', headingLevel.Value) + " " + text.Replace("\n", " ", StringComparison.Ordinal));
        }
        else if (numId is > 0 && _styles.ListFormat(numId.Value, level) is { } format)
        {
            AppendListItem(numId.Value, level, format, text);
        }
        else if (numId == 0 && _lastListLevel >= 0)
        {
            // A list item's further paragraph: indented under the item, so it stays inside it.
            var indent = new string(' ', 4 * (_lastListLevel + 1));
            _markdown.Append('\n').Append(indent).Append(text.Replace("\n", "\n" + indent, StringComparison.Ordinal)).Append('\n');
        }
        else if (style.IsQuote)
        {
            Block("> " + text.Replace("\n", "\n> ", StringComparison.Ordinal));
        }
        else
        {
            Block(text);
        }
    }

    private void AppendListItem(int numId, int level, ListFormat format, string text)
    {
        level = Math.Clamp(level, 0, WordNumbering.MaxLevel);
        if (_lastListLevel < 0)
        {
            _markdown.Append('\n');
        }
        // A deeper level restarts when its parent moves on.
        foreach (var key in _counters.Keys.Where(k => k.NumId == numId && k.Level > level).ToList())
        {
            _counters.Remove(key);
        }
        var indent = new string(' ', 4 * level);
        string marker;
        if (format.Ordered)
        {
            var number = _counters.TryGetValue((numId, level), out var n) ? n + 1 : format.Start;
            _counters[(numId, level)] = number;
            marker = number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
        }
        else
        {
            marker = "-";
        }
        _markdown.Append(indent).Append(marker).Append(' ')
            .Append(text.Replace("\n", "\n" + indent + "    ", StringComparison.Ordinal)).Append('\n');
        _lastListLevel = level;
    }

    private void AppendTable(Table table)
    {
        CloseCode();
        var rows = table.Elements<TableRow>().Where(Shown)
            .Select((row, index) => row.Elements<TableCell>().Select(cell => string.Join(" ", cell.Elements<Paragraph>()
                .Select(p => _runs.Write(p, inTable: true, headerCell: index == 0)).Where(t => t.Length > 0))).ToList())
            .Where(r => r.Count > 0).ToList();
        if (rows.Count == 0)
        {
            return;
        }
        if (table.Descendants<Table>().Any())
        {
            _runs.Note("table", "tables inside table cells were flattened into their cell's text");
        }
        var columns = rows.Max(r => r.Count);
        var lines = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Concat(Enumerable.Repeat("", columns - rows[i].Count));
            lines.Add("| " + string.Join(" | ", cells) + " |");
            if (i == 0)
            {
                lines.Add("|" + string.Join("|", Enumerable.Repeat("---", columns)) + "|");
            }
        }
        Block(string.Join("\n", lines));
    }

    /// <summary>
    /// Whether a row is there in this view: a row inserted with tracking is not there when changes are rejected,
    /// one deleted with tracking not when they are accepted (its cells' runs are marked too, but the row itself
    /// would otherwise stay, empty).
    /// </summary>
    private bool Shown(TableRow row)
    {
        var properties = row.TableRowProperties;
        return view == TrackedChangeView.Accepted
            ? properties?.GetFirstChild<Deleted>() is null
            : properties?.GetFirstChild<Inserted>() is null;
    }

    private void AppendNotes()
    {
        var notes = _runs.Notes;
        if (notes.Count == 0)
        {
            return;
        }
        Block("**Notes**");
        _markdown.Append('\n');
        for (var i = 0; i < notes.Count; i++)
        {
            _markdown.Append(i + 1).Append(". ").Append(notes[i]).Append('\n');
        }
    }

    private void Block(string text)
    {
        _lastListLevel = -1;
        _counters.Clear();
        _markdown.Append('\n').Append(text).Append('\n');
    }

    private void OpenCode()
    {
        if (!_inCode)
        {
            _lastListLevel = -1;
            _markdown.Append("\n```\n");
            _inCode = true;
        }
    }

    private void CloseCode()
    {
        if (_inCode)
        {
            _markdown.Append("```\n");
            _inCode = false;
        }
    }

    private static string PlainText(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            TabChar => "\t",
            _ => "",
        }));
}
