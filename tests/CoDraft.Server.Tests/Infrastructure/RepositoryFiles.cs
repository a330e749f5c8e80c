namespace CoDraft.Server.Tests.Infrastructure;

/// <summary>Files of the repository the tests run from (docs, the web client's sources).</summary>
public static class RepositoryFiles
{
    /// <summary>The text of <paramref name="relativePath"/> under the folder that holds CoDraft.sln.</summary>
    public static string Read(params string[] relativePath)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CoDraft.sln")))
        {
            directory = directory.Parent;
        }
        var root = directory?.FullName ?? throw new DirectoryNotFoundException("CoDraft.sln not found above the test binaries.");
        return File.ReadAllText(Path.Combine([root, .. relativePath]));
    }
}
