using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Word;

/// <summary>
/// The numbering definitions of one document: one bullet definition shared by every bullet list, and one
/// numbered instance per ordered list, so each ordered list counts from its own first number.
/// </summary>
internal sealed class WordNumbering
{
    /// <summary>Word's deepest list level is the ninth.</summary>
    public const int MaxLevel = 8;

    private const int BulletAbstract = 0;
    private const int DecimalAbstract = 1;
    private const int BulletInstance = 1;

    /// <summary>Indentation per list level, in twentieths of a point (a quarter inch).</summary>
    private const int IndentPerLevel = 360;

    private static readonly string[] BulletGlyphs = ["•", "◦", "▪"];

    private readonly List<(int Level, int Start)> _ordered = [];

    public int BulletList() => BulletInstance;

    /// <summary>A new numbered instance whose <paramref name="level"/> starts at <paramref name="start"/>.</summary>
    public int OrderedList(int level, int start)
    {
        _ordered.Add((level, start));
        return BulletInstance + _ordered.Count;
    }

    public Numbering Build()
    {
        var numbering = new Numbering(Abstract(BulletAbstract, bullets: true), Abstract(DecimalAbstract, bullets: false));
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = BulletAbstract }) { NumberID = BulletInstance });
        for (var i = 0; i < _ordered.Count; i++)
        {
            var (level, start) = _ordered[i];
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = DecimalAbstract },
                new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level })
            { NumberID = BulletInstance + 1 + i });
        }
        return numbering;
    }

    private static AbstractNum Abstract(int id, bool bullets)
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level <= MaxLevel; level++)
        {
            var indent = (IndentPerLevel * (level + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            definition.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = bullets ? NumberFormatValues.Bullet : NumberFormatValues.Decimal },
                new LevelText { Val = bullets ? BulletGlyphs[level % BulletGlyphs.Length] : $"%{level + 1}." },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = indent, Hanging = IndentPerLevel.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            { LevelIndex = level });
        }
        return definition;
    }
}
