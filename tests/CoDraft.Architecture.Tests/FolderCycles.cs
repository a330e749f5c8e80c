namespace CoDraft.Architecture.Tests;

/// <summary>Groups of folders that use each other, directly or through others (strongly connected components).</summary>
public static class FolderCycles
{
    /// <summary>Each group of two or more folders that reach one another along <paramref name="uses"/>, sorted by name.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Find(IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> uses)
    {
        var reach = uses.Keys.ToDictionary(f => f, f => Reachable(uses, f));
        return uses.Keys
            .Select(f => (IReadOnlyList<string>)uses.Keys.Where(g => reach[f].Contains(g) && reach[g].Contains(f)).Order().ToList())
            .Where(group => group.Count > 1)
            .DistinctBy(group => string.Join(",", group))
            .ToList();
    }

    private static HashSet<string> Reachable(IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> uses, string start)
    {
        var seen = new HashSet<string> { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var folder))
        {
            foreach (var next in uses.GetValueOrDefault(folder)?.Keys ?? Enumerable.Empty<string>())
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }
        return seen;
    }
}
