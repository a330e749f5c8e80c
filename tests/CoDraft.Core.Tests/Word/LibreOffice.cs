using System.Diagnostics;

namespace CoDraft.Core.Tests.Word;

/// <summary>
/// Debian's LibreOffice, headless, as an independent reader of the exported files. It starts slowly, so every file
/// a test run needs is converted in one invocation, with a profile of its own so it never meets a running instance.
/// </summary>
internal static class LibreOffice
{
    /// <summary>A whole run of LibreOffice on a slow, shared machine; conversion of a few files takes seconds.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string? Executable { get; } = Find();

    public const string SkipReason = "LibreOffice (soffice) is not installed, so no independent reader opened the .docx files; scripts/test.sh installs it.";

    /// <summary>Converts every file of <paramref name="inputs"/> to <paramref name="format"/> into <paramref name="outDir"/>.</summary>
    public static void Convert(IReadOnlyList<string> inputs, string format, string outDir)
    {
        var profile = Directory.CreateTempSubdirectory("codraft-lo-profile-");
        try
        {
            var start = new ProcessStartInfo(Executable!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { $"-env:UserInstallation=file://{profile.FullName}", "--headless", "--norestore", "--convert-to", format, "--outdir", outDir })
            {
                start.ArgumentList.Add(argument);
            }
            foreach (var input in inputs)
            {
                start.ArgumentList.Add(input);
            }
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("LibreOffice did not finish converting in time.");
            }
            Assert.True(process.ExitCode == 0, $"soffice exited with {process.ExitCode}: {output.Result} {errors.Result}");
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, "soffice");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
