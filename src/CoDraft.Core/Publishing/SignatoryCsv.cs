using System.Text;

namespace CoDraft.Core.Publishing;

/// <summary>
/// The signatory list as CSV (RFC 4180: comma separated, CRLF line ends, quotes doubled), safe to open in a
/// spreadsheet, as OWASP advises: every cell is quoted, so a spreadsheet that splits on semicolons (its locale's
/// separator) still reads one cell, and a cell that a spreadsheet would run as a formula (its first character other
/// than a space is = + - @, a tab or a carriage return, or the full-width ＝ ＋ － ＠ that some spreadsheets fold to
/// them) is prefixed with an apostrophe.
/// </summary>
public static class SignatoryCsv
{
    /// <summary>The header row's column names, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["organisation", "country", "type", "website", "listed_as", "signed_on"];

    /// <summary>The CSV text (without a byte order mark) of <paramref name="signatories"/>, in list order.</summary>
    public static string Write(IEnumerable<Signatory> signatories)
    {
        var csv = new StringBuilder();
        WriteRow(csv, Columns);
        foreach (var s in signatories)
        {
            WriteRow(csv, [
                s.OrganisationName, s.Country, s.OrganisationType, s.Website ?? string.Empty,
                s.Original ? "original signatory" : "later sign-on", s.SignedAt.UtcDateTime.ToString("yyyy-MM-dd"),
            ]);
        }
        return csv.ToString();
    }

    /// <summary>One cell, defused and quoted.</summary>
    public static string Cell(string value)
    {
        var safe = RunsAsFormula(value) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"") + "\"";
    }

    /// <summary>True when a spreadsheet could read the cell as a formula.</summary>
    private static bool RunsAsFormula(string value)
    {
        foreach (var c in value)
        {
            // Spaces (any width) before a formula sign are skipped by spreadsheets; tab and CR themselves start one.
            if (c is ' ' or '\u00A0' or '\u3000' or '\n')
            {
                continue;
            }
            return c is '=' or '+' or '-' or '@' or '\t' or '\r' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';
        }
        return false;
    }

    private static void WriteRow(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }
}
