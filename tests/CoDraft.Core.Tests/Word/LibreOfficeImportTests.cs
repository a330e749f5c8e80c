using CoDraft.Core.Word;

namespace CoDraft.Core.Tests.Word;

/// <summary>
/// LibreOffice as an independent producer: it turns an HTML page into a .docx its own way (its own style ids,
/// numbering and run properties), and the import still finds the headings, emphasis, lists, link and table.
/// </summary>
public sealed class LibreOfficeImportTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Joint statement</title></head><body>
        <h1>Joint statement on clean water</h1>
        <p>Access to <b>safe drinking water</b> is a <i>human right</i>, see <a href="https://www.un.org/en/">the United Nations</a>.</p>
        <h2>What we ask</h2>
        <ol><li>Fund local utilities.</li><li>Publish water quality.</li></ol>
        <ul><li>in every district</li><li>in plain language</li></ul>
        <table border="1"><tr><th>Organisation</th><th>Country</th></tr><tr><td>Water Now</td><td>Kenya</td></tr></table>
        </body></html>
        """;

    [SkippableFact]
    public void A_docx_written_by_LibreOffice_imports_with_its_structure()
    {
        Skip.If(LibreOffice.Executable is null, LibreOffice.SkipReason);
        var work = Directory.CreateTempSubdirectory("codraft-word-import-");
        try
        {
            var html = Path.Combine(work.FullName, "statement.html");
            File.WriteAllText(html, Page);

            LibreOffice.Convert([html], "docx:MS Word 2007 XML", work.FullName);
            var imported = WordImport.Read(File.ReadAllBytes(Path.Combine(work.FullName, "statement.docx")));

            var lines = imported.Markdown.Split('\n').Select(l => l.TrimEnd()).ToList();
            Assert.Contains("# Joint statement on clean water", lines);
            Assert.Contains("## What we ask", lines);
            Assert.Contains("Access to **safe drinking water** is a *human right*, see [the United Nations](https://www.un.org/en/).", lines);
            Assert.Contains("1. Fund local utilities.", lines);
            Assert.Contains("2. Publish water quality.", lines);
            Assert.Contains("- in every district", lines);
            Assert.Contains("- in plain language", lines);
            Assert.Contains("| Organisation | Country |", lines);
            Assert.Contains("| Water Now | Kenya |", lines);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
