using System.Text;

namespace CoDraft.Core.Publishing;

/// <summary>
/// The signatory list as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma,
/// quote or line break, quotes doubled), safe to open in a spreadsheet: a cell that a spreadsheet would run as a
/// formula (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe, as OWASP advises.
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

    /// <summary>One cell, defused and quoted as needed.</summary>
    public static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }

    private static void WriteRow(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }
}
