using NetArchTest.Rules;

namespace CoDraft.Architecture.Tests;

/// <summary>
/// The layers of CoDraft.Server: endpoints (Apis) and hub methods (Hubs) translate to application calls; services
/// (every other folder) hold the workflows; Extensions, the composition root, wires them. Calls only go down.
/// </summary>
public sealed class ServerRules
{
    /// <summary>The REST records, which move from Apis/Contracts to the CoDraft.Protocol project.</summary>
    private const string RestRecords = "CoDraft.Server.Apis.Contracts";

    [Fact]
    public void Services_do_not_use_the_endpoints_or_their_REST_records() => Verdict.RequireAll(ServerFolders.Services.Select(folder =>
            Verdict.Describe(
                ServerFolders.In(folder).ShouldNot().HaveDependencyOnAny(ServerFolders.Namespace("Apis"), "CoDraft.Protocol").GetResult(),
                $"the services of {folder}/ may not use Apis/ (the HTTP endpoints) nor the REST request and response records.",
                "give the service parameters and a result type of its own (a record next to the service, or a Core type), " +
                "and let the endpoint in Apis/ map the request to it and its result to the REST record.")));

    [Fact]
    public void Hubs_and_Apis_are_used_by_no_other_folder() => Verdict.RequireAll(
        from edge in ServerFolders.Edges
        from folder in ServerFolders.All.Where(f => f != edge && f != ServerFolders.CompositionRoot)
        select UseOfEdge(folder, edge));

    private static string? UseOfEdge(string folder, string edge)
    {
        var result = ServerFolders.In(folder).ShouldNot().HaveDependencyOn(ServerFolders.Namespace(edge)).GetResult();
        if (!result.IsSuccessful && edge == "Apis" && folder == "Hubs")
        {
            // Hub messages carry some REST records (a comment thread, a suggestion): allowed until both
            // live in CoDraft.Protocol; nothing else of Apis is.
            result = ServerFolders.In(folder).And().HaveDependencyOn(ServerFolders.Namespace(edge))
                .ShouldNot().HaveDependencyOnAny(EndpointTypes()).GetResult();
        }
        return Verdict.Describe(result,
            $"{folder}/ may not use {edge}/: endpoints and hub methods are the top layer, called by the framework only.",
            $"move what {folder}/ needs from {edge}/ into a service (or into {folder}/ itself), and let {edge}/ call it.");
    }

    [Fact]
    public void The_composition_root_is_used_only_by_Program() => Verdict.RequireAll(
        ServerFolders.All.Where(f => f != ServerFolders.CompositionRoot).Select(folder =>
            Verdict.Describe(
                ServerFolders.In(folder).ShouldNot().HaveDependencyOn(ServerFolders.Namespace(ServerFolders.CompositionRoot)).GetResult(),
                $"{folder}/ may not use Extensions/, the composition root (it wires every folder, so using it makes a cycle).",
                "move the helper or setting it uses out of Extensions/ into the folder it belongs to (settings of the " +
                "deployment go to Deployment/).")));

    [Fact]
    public void Server_folders_do_not_use_each_other_in_a_cycle()
    {
        var uses = ServerFolders.Uses();
        var cycles = FolderCycles.Find(uses);
        var report = cycles.Select(group => string.Join(" <-> ", group) + ":\n" + string.Join("\n", group
            .SelectMany(from => uses[from].Where(u => group.Contains(u.Key))
                .Select(u => $"    {from} -> {u.Key} through {string.Join(", ", u.Value)}"))));
        Assert.True(cycles.Count == 0,
            "Rule broken: folders of CoDraft.Server use each other in a cycle, so none can be understood or changed alone.\n" +
            string.Join("\n", report) +
            "\nHow to fix: decide which folder is lower and remove the use in the other direction (the lower one defines an " +
            "interface or a record the higher one implements or fills; see docs/architecture.md).");
    }

    /// <summary>Every namespace under Apis except the REST records.</summary>
    private static string[] EndpointTypes() => Assemblies.Server.GetTypes()
        .Where(t => t.Namespace is { } n && n.StartsWith(ServerFolders.Namespace("Apis"), StringComparison.Ordinal) && !n.StartsWith(RestRecords, StringComparison.Ordinal))
        .Select(t => t.FullName!)
        .ToArray();
}
