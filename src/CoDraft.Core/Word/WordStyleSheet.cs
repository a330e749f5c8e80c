using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Word;

/// <summary>What a paragraph style means for Markdown: a heading level, a quote, code, or a list.</summary>
internal sealed record ImportedStyle(int? HeadingLevel, bool IsQuote, bool IsCode, int? NumId);

/// <summary>A list level's kind: numbered (from which number) or bulleted.</summary>
internal sealed record ListFormat(bool Ordered, int Start);

/// <summary>
/// A document's paragraph styles and numbering, read the way Word reads them: a style counts as a heading, a quote
/// or code when it is one of Word's (by name) or is based on one, or when it carries an outline level; a list is
/// numbered unless its level's format is a bullet (or none).
/// </summary>
internal sealed class WordStyleSheet(MainDocumentPart main)
{
    /// <summary>basedOn chains longer than this are treated as broken (a loop).</summary>
    private const int MaxChain = 20;

    private readonly Dictionary<string, Style> _styles = (main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        .Where(s => s.StyleId?.Value is not null)
        .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private readonly Numbering? _numbering = main.NumberingDefinitionsPart?.Numbering;

    public ImportedStyle Of(string? styleId)
    {
        int? heading = null;
        bool quote = false, code = false;
        int? numId = null;
        var id = styleId;
        for (var depth = 0; id is not null && depth < MaxChain && _styles.TryGetValue(id, out var style); depth++)
        {
            var name = (style.StyleName?.Val?.Value ?? id).Trim().ToLowerInvariant();
            heading ??= HeadingOfName(name) ?? HeadingOfName(id.ToLowerInvariant())
                ?? (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is int outline and >= 0 and < 6 ? outline + 1 : null);
            quote |= name is "quote" or "intense quote" or "block text" or "quotations";
            code |= name is "source code" or "html preformatted" or "preformatted text";
            numId ??= style.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value;
            id = style.BasedOn?.Val?.Value;
        }
        if (styleId is not null && !_styles.ContainsKey(styleId))
        {
            heading = HeadingOfName(styleId.ToLowerInvariant());
            quote = styleId.Equals("Quote", StringComparison.OrdinalIgnoreCase);
        }
        return new ImportedStyle(heading, quote, code, numId);
    }

    /// <summary>The format of level <paramref name="level"/> of list instance <paramref name="numId"/>, or null when it has none.</summary>
    public ListFormat? ListFormat(int numId, int level)
    {
        var instance = _numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
        if (instance is null)
        {
            return null;
        }
        var abstractId = instance.AbstractNumId?.Val?.Value;
        var definition = _numbering!.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        var levelDefinition = definition?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
        var start = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.StartOverrideNumberingValue?.Val?.Value
            ?? levelDefinition?.StartNumberingValue?.Val?.Value ?? 1;
        var format = levelDefinition?.NumberingFormat?.Val;
        if (format is null)
        {
            return new ListFormat(false, 1);
        }
        if (format.Value == NumberFormatValues.None)
        {
            return null;
        }
        return new ListFormat(format.Value != NumberFormatValues.Bullet, start);
    }

    /// <summary>"heading 2", "Heading2", "berschrift 2"… (Word's built-in names and ids, also localized ones ending in a digit).</summary>
    private static int? HeadingOfName(string name)
    {
        var compact = name.Replace(" ", "", StringComparison.Ordinal);
        if (compact.Length >= 2 && char.IsAsciiDigit(compact[^1]) && !char.IsAsciiDigit(compact[^2]))
        {
            var stem = compact[..^1];
            if (stem is "heading" or "berschrift" or "überschrift" or "titre" or "título" or "titolo" or "kop" or "rubrik")
            {
                var level = compact[^1] - '0';
                return level is >= 1 and <= 6 ? level : null;
            }
        }
        return null;
    }
}
