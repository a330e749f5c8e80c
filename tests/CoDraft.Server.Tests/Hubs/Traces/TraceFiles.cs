namespace CoDraft.Server.Tests.Hubs.Traces;

/// <summary>Finds the shared editing traces: ../shared/data/editing-traces relative to the repository root.</summary>
public static class TraceFiles
{
    public static string? Find(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CoDraft.sln")))
            {
                var path = Path.Combine(directory.FullName, "..", "shared", "data", "editing-traces", name);
                return File.Exists(path) ? Path.GetFullPath(path) : null;
            }
        }
        return null;
    }
}
