namespace CoDraft.Bench;

/// <summary>Finds the repository root (the folder holding CoDraft.sln) from wherever the program runs.</summary>
internal static class RepoPaths
{
    public static string Root() =>
        Find(Directory.GetCurrentDirectory())
        ?? Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("CoDraft.sln not found above the current or the program's directory.");

    /// <summary>Where editing trace <paramref name="name"/> of ../shared/data/editing-traces is.</summary>
    public static string Trace(string name) => Path.GetFullPath(Path.Combine(Root(), "..", "shared", "data", "editing-traces", name + ".json.gz"));

    /// <summary>Loads editing trace <paramref name="name"/>, or says that it is absent and returns null.</summary>
    public static EditingTrace? TryLoadTrace(string name)
    {
        var path = Trace(name);
        if (!File.Exists(path))
        {
            Console.WriteLine($"Trace file not found: {path}; skipped.");
            return null;
        }
        return EditingTrace.Load(path);
    }

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
