using CoDraft.Core.Markdown;

namespace CoDraft.Core.Tests.Markdown;

/// <summary>Each case is a pair of files under Markdown/Cases: NAME.md in, NAME.html expected out.</summary>
public sealed class MarkdownCaseTests
{
    private static readonly string CaseFolder = Path.Combine(AppContext.BaseDirectory, "Markdown", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CaseFolder, "*.md").Order())
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_case_as_expected(string name)
    {
        var markdown = File.ReadAllText(Path.Combine(CaseFolder, name + ".md"));
        var expected = File.ReadAllText(Path.Combine(CaseFolder, name + ".html"));

        Assert.Equal(Normalise(expected), Normalise(MarkdownRenderer.ToHtml(markdown)));
    }

    private static string Normalise(string html) => html.ReplaceLineEndings("\n").Trim();
}
