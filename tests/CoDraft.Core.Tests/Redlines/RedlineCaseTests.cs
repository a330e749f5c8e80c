using System.Text.Json;
using CoDraft.Core.Redlines;

namespace CoDraft.Core.Tests.Redlines;

/// <summary>
/// Runs every case folder under Redlines/Cases: before.md and after.md in, expected.html (and, when present,
/// expected-stats.json) out.
/// </summary>
public sealed class RedlineCaseTests
{
    private static readonly string CasesFolder = Path.Combine(AppContext.BaseDirectory, "Redlines", "Cases");

    public static TheoryData<string> Cases() => CaseNames(_ => true);

    public static TheoryData<string> CasesWithStats() => CaseNames(name => File.Exists(CaseFile(name, "expected-stats.json")));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Redline_html_is_what_a_reviewer_expects(string name)
    {
        var redline = Run(name);

        var expected = File.ReadAllText(CaseFile(name, "expected.html")).TrimEnd('\n');
        Assert.Equal(expected, redline.Html);
    }

    [Theory]
    [MemberData(nameof(CasesWithStats))]
    public void Redline_stats_count_the_changed_words_and_blocks(string name)
    {
        var redline = Run(name);

        var expected = JsonSerializer.Deserialize<RedlineStats>(
            File.ReadAllText(CaseFile(name, "expected-stats.json")), JsonSerializerOptions.Web);
        Assert.Equal(expected, redline.Stats);
    }

    [Fact]
    public void Every_case_folder_has_both_texts_and_an_expected_redline()
    {
        var names = Directory.GetDirectories(CasesFolder).Select(Path.GetFileName).ToList();

        Assert.True(names.Count >= 12, $"Only {names.Count} redline cases were copied to the test output.");
        Assert.All(names, name =>
        {
            Assert.True(File.Exists(CaseFile(name!, "before.md")), $"{name}: before.md is missing");
            Assert.True(File.Exists(CaseFile(name!, "after.md")), $"{name}: after.md is missing");
            Assert.True(File.Exists(CaseFile(name!, "expected.html")), $"{name}: expected.html is missing");
        });
    }

    private static TheoryData<string> CaseNames(Func<string, bool> include)
    {
        var cases = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(CasesFolder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (include(name))
            {
                cases.Add(name);
            }
        }
        return cases;
    }

    private static Redline Run(string name) =>
        RedlineEngine.Compare(File.ReadAllText(CaseFile(name, "before.md")), File.ReadAllText(CaseFile(name, "after.md")));

    private static string CaseFile(string name, string file) => Path.Combine(CasesFolder, name, file);
}
