using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Word;

/// <summary>
/// The styles an exported statement uses, under Word's own built-in names ("heading 1", "List Bullet", "Quote",
/// "Hyperlink"), so Word and LibreOffice treat them as their own: the navigation pane lists the headings and a
/// reader's style changes apply.
/// </summary>
internal static class WordStyles
{
    public const string Quote = "Quote";
    public const string ListBullet = "ListBullet";
    public const string ListNumber = "ListNumber";
    public const string SourceCode = "SourceCode";
    public const string Hyperlink = "Hyperlink";
    public const string TableGrid = "TableGrid";

    /// <summary>Font sizes of headings 1 to 6, in half-points.</summary>
    private static readonly int[] HeadingSizes = [32, 28, 26, 24, 22, 22];

    public static string Heading(int level) => $"Heading{Math.Clamp(level, 1, 6)}";

    public static Styles Create()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Liberation Serif", HighAnsi = "Liberation Serif", ComplexScript = "Liberation Serif" },
                    new FontSize { Val = "24" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            ParagraphStyle("Normal", "Normal", basedOn: null, isDefault: true));
        for (var level = 1; level <= 6; level++)
        {
            styles.Append(ParagraphStyle(Heading(level), $"heading {level}", "Normal",
                pPr: new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" },
                    new OutlineLevel { Val = level - 1 }),
                rPr: new StyleRunProperties(new Bold(), new FontSize { Val = HeadingSizes[level - 1].ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        }
        styles.Append(ParagraphStyle(ListBullet, "List Bullet", "Normal",
            pPr: new StyleParagraphProperties(new SpacingBetweenLines { After = "60" })));
        styles.Append(ParagraphStyle(ListNumber, "List Number", "Normal",
            pPr: new StyleParagraphProperties(new SpacingBetweenLines { After = "60" })));
        styles.Append(ParagraphStyle(Quote, "Quote", "Normal",
            pPr: new StyleParagraphProperties(new Indentation { Left = "720", Right = "720" }),
            rPr: new StyleRunProperties(new Italic())));
        styles.Append(ParagraphStyle(SourceCode, "Source Code", "Normal",
            pPr: new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            rPr: new StyleRunProperties(new RunFonts { Ascii = "Liberation Mono", HighAnsi = "Liberation Mono" })));
        styles.Append(new Style(
            new StyleName { Val = "Hyperlink" },
            new StyleRunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single }))
        { Type = StyleValues.Character, StyleId = Hyperlink });
        styles.Append(new Style(
            new StyleName { Val = "Table Grid" },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
        { Type = StyleValues.Table, StyleId = TableGrid });
        return styles;
    }

    private static Style ParagraphStyle(
        string id, string name, string? basedOn, bool isDefault = false, StyleParagraphProperties? pPr = null, StyleRunProperties? rPr = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn }, new NextParagraphStyle { Val = "Normal" });
        }
        style.Append(new PrimaryStyle());
        if (pPr is not null)
        {
            style.Append(pPr);
        }
        if (rPr is not null)
        {
            style.Append(rPr);
        }
        return style;
    }
}
