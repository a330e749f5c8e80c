using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace CoDraft.Core.Word;

// CoDraft.Core.Text, a namespace, would otherwise hide Word's text element.
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// Turns Markdown blocks into Word paragraphs and tables with Word's styles: headings to Heading 1…6, list items
/// to List Bullet or List Number with numbering (nested lists one level deeper), quotes to Quote, code to
/// Source Code, pipe tables to Table Grid tables.
/// </summary>
internal sealed class WordBlocks(MainDocumentPart main, WordNumbering numbering)
{
    private readonly WordInlines _inlines = new(main);

    /// <summary>The Word elements of <paramref name="markdown"/>, parsed as the web page parses it.</summary>
    /// <param name="markdown">The Markdown.</param>
    /// <param name="listLevel">The list level of the text's top-level lists: 0, or deeper for one nested item of a redline.</param>
    public List<OpenXmlElement> Convert(string markdown, int listLevel = 0)
    {
        var elements = new List<OpenXmlElement>();
        Append(Markdig.Markdown.Parse(markdown, Markdown.MarkdownRenderer.Pipeline), elements, new BlockContext(null, listLevel - 1, null));
        return elements;
    }

    private void Append(ContainerBlock container, List<OpenXmlElement> elements, BlockContext context)
    {
        foreach (var block in container)
        {
            AppendOne(block, elements, context);
        }
    }

    private void AppendOne(Block block, List<OpenXmlElement> elements, BlockContext context)
    {
        switch (block)
        {
            case HeadingBlock heading:
                elements.Add(Paragraph(heading, WordStyles.Heading(heading.Level), null));
                break;
            case ParagraphBlock paragraph:
                elements.Add(Paragraph(paragraph, context.Style, context.TakeNumbering()));
                break;
            case ListBlock list:
                AppendList(list, elements, context);
                break;
            case QuoteBlock quote:
                Append(quote, elements, context with { Style = WordStyles.Quote });
                break;
            case CodeBlock code:
                AppendCode(code, elements);
                break;
            case ThematicBreakBlock:
                elements.Add(new Paragraph(new ParagraphProperties(new ParagraphBorders(
                    new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1 }))));
                break;
            case MdTable table:
                elements.Add(Table(table));
                break;
            case ContainerBlock other:
                Append(other, elements, context);
                break;
        }
    }

    private void AppendList(ListBlock list, List<OpenXmlElement> elements, BlockContext context)
    {
        var level = Math.Min(context.Level + 1, WordNumbering.MaxLevel);
        var style = list.IsOrdered ? WordStyles.ListNumber : WordStyles.ListBullet;
        var instance = list.IsOrdered ? numbering.OrderedList(level, StartOf(list)) : numbering.BulletList();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            // The item's first paragraph carries the bullet or number; its further paragraphs are indented under it.
            var itemContext = new BlockContext(style, level, new NumberingProperties(
                new NumberingLevelReference { Val = level }, new NumberingId { Val = instance }));
            Append(item, elements, itemContext);
        }
    }

    private static int StartOf(ListBlock list) =>
        int.TryParse(list.OrderedStart, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var start) ? start : 1;

    private static void AppendCode(CodeBlock code, List<OpenXmlElement> elements)
    {
        foreach (var line in code.Lines)
        {
            var text = line.ToString() ?? "";
            elements.Add(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.SourceCode }),
                new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        }
    }

    private Paragraph Paragraph(LeafBlock block, string? style, NumberingProperties? numberingProperties)
    {
        var paragraph = new Paragraph();
        if (style is not null || numberingProperties is not null)
        {
            var properties = new ParagraphProperties();
            if (style is not null)
            {
                properties.Append(new ParagraphStyleId { Val = style });
            }
            if (numberingProperties is not null)
            {
                properties.Append(numberingProperties);
            }
            paragraph.Append(properties);
        }
        _inlines.Append(block.Inline, paragraph, default);
        return paragraph;
    }

    private Table Table(MdTable table)
    {
        var word = new Table(new TableProperties(
            new TableStyle { Val = WordStyles.TableGrid },
            new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" }));
        var columns = table.OfType<MdTableRow>().Select(r => r.Count).DefaultIfEmpty(0).Max();
        var grid = new TableGrid();
        for (var i = 0; i < columns; i++)
        {
            grid.Append(new GridColumn());
        }
        word.Append(grid);
        foreach (var row in table.OfType<MdTableRow>())
        {
            var wordRow = new TableRow();
            if (row.IsHeader)
            {
                wordRow.Append(new TableRowProperties(new TableHeader()));
            }
            foreach (var cell in row.OfType<MdTableCell>())
            {
                var wordCell = new TableCell();
                foreach (var paragraph in cell.OfType<ParagraphBlock>())
                {
                    var wordParagraph = new Paragraph();
                    _inlines.Append(paragraph.Inline, wordParagraph, new RunFormat { Bold = row.IsHeader });
                    wordCell.Append(wordParagraph);
                }
                // A cell must end with a paragraph, even an empty one.
                if (!wordCell.Elements<Paragraph>().Any())
                {
                    wordCell.Append(new Paragraph());
                }
                wordRow.Append(wordCell);
            }
            for (var missing = row.Count; missing < columns; missing++)
            {
                wordRow.Append(new TableCell(new Paragraph()));
            }
            word.Append(wordRow);
        }
        return word;
    }

    /// <summary>Where a block sits: the paragraph style it takes, its list level, and the numbering its next paragraph carries.</summary>
    private sealed record BlockContext(string? Style, int Level, NumberingProperties? Numbering)
    {
        private bool _numberingTaken;

        /// <summary>
        /// The numbering for the next paragraph: the list marker the first time, then an explicit "no number" so a
        /// list item's second paragraph is not numbered as an item of its own.
        /// </summary>
        public NumberingProperties? TakeNumbering()
        {
            if (Numbering is null)
            {
                return null;
            }
            if (_numberingTaken)
            {
                return new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 0 });
            }
            _numberingTaken = true;
            return (NumberingProperties)Numbering.CloneNode(true);
        }
    }
}
