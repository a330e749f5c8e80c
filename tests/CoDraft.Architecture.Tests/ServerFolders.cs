using NetArchTest.Rules;

namespace CoDraft.Architecture.Tests;

/// <summary>
/// The folders of CoDraft.Server (each one namespace, CoDraft.Server.&lt;Folder&gt;) and which of them use which,
/// read from the compiled types' dependencies (fields, signatures, method bodies), not from using directives.
/// </summary>
public static class ServerFolders
{
    /// <summary>The composition root: it wires everything, so everything may be used by it and it by nobody but Program.</summary>
    public const string CompositionRoot = "Extensions";

    /// <summary>The folders that translate HTTP (Apis) and hub calls (Hubs) into application calls.</summary>
    public static readonly IReadOnlyList<string> Edges = ["Apis", "Hubs"];

    /// <summary>Every folder, by name.</summary>
    public static IReadOnlyList<string> All { get; } = Assemblies.Server.GetTypes()
        .Select(t => t.Namespace)
        .OfType<string>()
        .Where(n => n.StartsWith("CoDraft.Server.", StringComparison.Ordinal))
        .Select(n => n["CoDraft.Server.".Length..].Split('.')[0])
        .Distinct()
        .Order()
        .ToList();

    /// <summary>The folders holding application services and their helpers: all but the edges and the composition root.</summary>
    public static IReadOnlyList<string> Services { get; } = All.Where(f => f != CompositionRoot && !Edges.Contains(f)).ToList();

    /// <summary>The namespace of <paramref name="folder"/>.</summary>
    public static string Namespace(string folder) => "CoDraft.Server." + folder;

    /// <summary>The types of <paramref name="folder"/>.</summary>
    public static PredicateList In(string folder) => Types.InAssembly(Assemblies.Server).That().ResideInNamespace(Namespace(folder));

    /// <summary>For each folder, the folders it uses and, for each, the types of the user that do.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Uses()
    {
        var uses = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();
        foreach (var from in All)
        {
            var targets = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var to in All.Where(t => t != from))
            {
                var result = In(from).ShouldNot().HaveDependencyOn(Namespace(to)).GetResult();
                if (!result.IsSuccessful)
                {
                    targets[to] = result.FailingTypeNames.Select(Verdict.TypeName).Distinct().Order().ToList();
                }
            }
            uses[from] = targets;
        }
        return uses;
    }
}
