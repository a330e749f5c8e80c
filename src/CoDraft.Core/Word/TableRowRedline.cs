using CoDraft.Core.Redlines;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Word;

/// <summary>
/// A changed pipe table as one Word table whose added and removed rows are tracked row insertions and deletions
/// (a row whose cells changed is a removed row followed by an added one), when both versions have the same header.
/// </summary>
internal static class TableRowRedline
{
    /// <summary>The table with its rows tracked; null when the headers differ or a version is not one pipe table.</summary>
    public static Table? Write(string before, string after, WordBlocks blocks, TrackedChanges changes)
    {
        var beforeLines = Lines(before);
        var afterLines = Lines(after);
        if (beforeLines.Count < 2 || afterLines.Count < 2
            || Normalized(beforeLines[0]) != Normalized(afterLines[0]) || Normalized(beforeLines[1]) != Normalized(afterLines[1]))
        {
            return null;
        }
        var head = $"{afterLines[0]}\n{afterLines[1]}\n";
        if (blocks.Convert(head + afterLines[0]) is not [Table table])
        {
            return null;
        }
        foreach (var bodyRow in table.Elements<TableRow>().Skip(1).ToList())
        {
            bodyRow.Remove();
        }
        var beforeRows = beforeLines.Skip(2).ToList();
        var afterRows = afterLines.Skip(2).ToList();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string line) => ids.TryGetValue(Normalized(line), out var id) ? id : ids[Normalized(line)] = ids.Count;
        var b = 0;
        var a = 0;
        foreach (var run in MyersDiff.Diff(beforeRows.Select(Id).ToArray(), afterRows.Select(Id).ToArray()))
        {
            for (; a < run.InsertStartB; a++, b++)
            {
                table.Append(Row(head, afterRows[a], blocks));
            }
            for (; b < run.DeleteStartA + run.DeleteCountA; b++)
            {
                table.Append(Marked(Row(head, beforeRows[b], blocks), changes, inserted: false));
            }
            for (; a < run.InsertStartB + run.InsertCountB; a++)
            {
                table.Append(Marked(Row(head, afterRows[a], blocks), changes, inserted: true));
            }
        }
        for (; a < afterRows.Count; a++)
        {
            table.Append(Row(head, afterRows[a], blocks));
        }
        return table;
    }

    private static TableRow Row(string head, string line, WordBlocks blocks) =>
        blocks.Convert(head + line) is [Table table] ? (TableRow)table.Elements<TableRow>().Last().CloneNode(true) : new TableRow(new TableCell(new Paragraph()));

    private static TableRow Marked(TableRow row, TrackedChanges changes, bool inserted)
    {
        changes.Mark(row, inserted);
        return row;
    }

    private static List<string> Lines(string source) =>
        source.Split('\n').Where(line => !string.IsNullOrWhiteSpace(line)).ToList();

    private static string Normalized(string line) => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
