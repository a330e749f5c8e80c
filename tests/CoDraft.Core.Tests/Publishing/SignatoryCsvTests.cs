using CoDraft.Core.Publishing;

namespace CoDraft.Core.Tests.Publishing;

public sealed class SignatoryCsvTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private static Signatory Org(string name, bool original = true, string? website = null) =>
        new(name, "Belgium", "NGO", website, original, Published);

    [Fact]
    public void The_list_has_a_header_and_one_crlf_terminated_row_per_signatory_in_order()
    {
        var csv = SignatoryCsv.Write([Org("Child Rights Network"), Org("Kinderschutz e.V.", original: false)]);

        Assert.Equal(
            "\"organisation\",\"country\",\"type\",\"website\",\"listed_as\",\"signed_on\"\r\n" +
            "\"Child Rights Network\",\"Belgium\",\"NGO\",\"\",\"original signatory\",\"2026-11-28\"\r\n" +
            "\"Kinderschutz e.V.\",\"Belgium\",\"NGO\",\"\",\"later sign-on\",\"2026-11-28\"\r\n",
            csv);
    }

    [Theory]
    [InlineData("Save the Children, Europe", "\"Save the Children, Europe\"")]
    [InlineData("The \"Safe Online\" Coalition", "\"The \"\"Safe Online\"\" Coalition\"")]
    [InlineData("Line one\nline two", "\"Line one\nline two\"")]
    [InlineData("Связь детей", "\"Связь детей\"")]
    [InlineData(";=2+5;", "\";=2+5;\"")]
    public void Every_cell_is_quoted_and_quotes_are_doubled_as_rfc_4180_says(string name, string cell) =>
        Assert.Equal(cell, SignatoryCsv.Cell(name));

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("  =1+1")]
    [InlineData("\uFF1D1+1")]
    [InlineData("\uFF0B1+1")]
    [InlineData("\uFF0D1")]
    [InlineData("\uFF20SUM(A1)")]
    [InlineData("\u3000\uFF1D1+1")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_defused(string name)
    {
        var csv = SignatoryCsv.Write([Org(name)]);

        var row = csv.Split("\r\n")[1];
        Assert.StartsWith("\"'", row);
        Assert.Contains(name.Replace("\"", "\"\""), row);
    }

    [Fact]
    public void A_website_cell_is_defused_too()
    {
        var csv = SignatoryCsv.Write([Org("Org", website: "=IMPORTXML(\"x\")")]);

        Assert.Contains(",\"'=IMPORTXML(\"\"x\"\")\",", csv);
    }

    [Fact]
    public void A_semicolon_separated_formula_stays_inside_one_quoted_cell()
    {
        var csv = SignatoryCsv.Write([Org(";=2+5;")]);

        var row = csv.Split("\r\n")[1];
        Assert.StartsWith("\";=2+5;\",", row);
        Assert.DoesNotContain(",;", row);
    }

    [Theory]
    [InlineData("Kinder-Hilfe")]
    [InlineData("UNICEF")]
    [InlineData("")]
    public void An_ordinary_cell_is_left_as_it_is_inside_its_quotes(string name) =>
        Assert.Equal("\"" + name + "\"", SignatoryCsv.Cell(name));
}
