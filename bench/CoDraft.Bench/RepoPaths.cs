namespace CoDraft.Bench;

/// <summary>Finds the repository root (the folder holding CoDraft.sln) from wherever the program runs.</summary>
internal static class RepoPaths
{
    public static string Root() =>
        Find(Directory.GetCurrentDirectory())
        ?? Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("CoDraft.sln not found above the current or the program's directory.");

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoDraft.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
