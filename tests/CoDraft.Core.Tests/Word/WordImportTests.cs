using CoDraft.Core.Errors;
using CoDraft.Core.Markdown;
using CoDraft.Core.Word;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Tests.Word;

using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

public sealed class WordImportTests
{
    /// <summary>
    /// Export then import gives back the same statement as the web page shows it: the two Markdown texts render to
    /// the same HTML. Compared as HTML because Markdown spells one thing many ways (list markers, indentation,
    /// escapes, autolinks), and the rendering is what a reader sees.
    /// </summary>
    [Theory]
    [MemberData(nameof(WordCases.VersionNames), MemberType = typeof(WordCases))]
    public void Export_then_import_gives_back_the_same_statement(string name)
    {
        var markdown = WordCases.Versions().Single(v => v.Name == name).Markdown;

        var imported = WordImport.Read(WordExport.Version(markdown, name));

        Assert.Equal(MarkdownRenderer.ToHtml(markdown), MarkdownRenderer.ToHtml(imported.Markdown));
        Assert.Empty(imported.Warnings);
    }
}
