namespace CoDraft.Core.Tests.Word;

/// <summary>The Markdown cases of Word/Cases: versions to export, and (from, to) pairs to export as redlines.</summary>
internal static class WordCases
{
    private static string Root => Path.Combine(AppContext.BaseDirectory, "Word", "Cases");

    public static IEnumerable<(string Name, string Markdown)> Versions() =>
        Directory.GetFiles(Path.Combine(Root, "versions"), "*.md").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)));

    public static IEnumerable<(string Name, string From, string To)> Redlines() =>
        Directory.GetDirectories(Path.Combine(Root, "redlines")).Order(StringComparer.Ordinal)
            .Select(dir => (Path.GetFileName(dir), File.ReadAllText(Path.Combine(dir, "from.md")), File.ReadAllText(Path.Combine(dir, "to.md"))));

    public static TheoryData<string> VersionNames() => [.. Versions().Select(v => v.Name)];

    public static TheoryData<string> RedlineNames() => [.. Redlines().Select(r => r.Name)];
}
