using CoDraft.Core.Word;

namespace CoDraft.Core.Tests.Word;

/// <summary>
/// Debian's LibreOffice as an independent reader: it opens every exported .docx (versions, redlines, and the
/// redlines with every change accepted or rejected) in one headless run, and its plain-text rendering of each
/// reads as the Markdown it came from.
/// </summary>
public sealed class LibreOfficeTests
{
    private static readonly TrackedChangeStamp Stamp = new("Ana Silva (Water Now)", new DateTimeOffset(2026, 3, 4, 10, 30, 0, TimeSpan.Zero));

    [SkippableFact]
    public void LibreOffice_opens_every_export_and_reads_the_same_words()
    {
        Skip.If(LibreOffice.Executable is null, LibreOffice.SkipReason);
        var work = Directory.CreateTempSubdirectory("codraft-word-");
        try
        {
            var expected = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            var redlines = new List<string>();
            foreach (var (name, markdown) in WordCases.Versions())
            {
                Write(work, $"version-{name}", WordExport.Version(markdown, name), WordWords.OfMarkdown(markdown), expected);
            }
            foreach (var (name, from, to) in WordCases.Redlines())
            {
                var docx = WordExport.Redline(from, to, name, Stamp);
                File.WriteAllBytes(Path.Combine(work.FullName, $"redline-{name}.docx"), docx);
                redlines.Add($"redline-{name}");
                Write(work, $"accepted-{name}", TrackedChangeResolver.AcceptAll(docx), WordWords.OfMarkdown(to), expected);
                Write(work, $"rejected-{name}", TrackedChangeResolver.RejectAll(docx), WordWords.OfMarkdown(from), expected);
            }
            var inputs = Directory.GetFiles(work.FullName, "*.docx");

            LibreOffice.Convert(inputs, "txt:Text (encoded):UTF8", work.FullName);

            foreach (var (file, words) in expected)
            {
                var txt = Path.Combine(work.FullName, file + ".txt");
                Assert.True(File.Exists(txt), $"LibreOffice did not open {file}.docx");
                Assert.Equal(words, WordWords.Split(File.ReadAllText(txt)));
            }
            foreach (var file in redlines)
            {
                var txt = Path.Combine(work.FullName, file + ".txt");
                Assert.True(File.Exists(txt), $"LibreOffice did not open {file}.docx");
                Assert.NotEmpty(WordWords.Split(File.ReadAllText(txt)));
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static void Write(DirectoryInfo work, string file, byte[] docx, IReadOnlyList<string> words, Dictionary<string, IReadOnlyList<string>> expected)
    {
        File.WriteAllBytes(Path.Combine(work.FullName, file + ".docx"), docx);
        expected[file] = words;
    }
}
