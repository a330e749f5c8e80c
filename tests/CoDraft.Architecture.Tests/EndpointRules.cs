using Mono.Cecil;

namespace CoDraft.Architecture.Tests;

/// <summary>
/// Endpoints (Apis/) translate HTTP to one service call and its result back: they may read what a view needs, but
/// every change goes through a service, which checks the rules, stores, audits and notifies in one place. Read from
/// the compiled method bodies, so a store call inside a lambda or a helper of an endpoint counts too.
/// </summary>
public sealed class EndpointRules
{
    /// <summary>The start of every storage-port method that only reads (the ports live in CoDraft.Core.Storage).</summary>
    private static readonly string[] ReadingPrefixes = ["Find", "List", "Any", "Read", "Ping"];

    /// <summary>Server services whose methods here change what is stored, although they are not storage ports.</summary>
    private static readonly (string Type, string Method)[] WritingServiceMethods =
    [
        ("CoDraft.Server.Audit.AuditTrail", "RecordAsync"),
        ("CoDraft.Server.Auth.StatementGuard", "ChangeAsync"),
    ];

    [Fact]
    public void Endpoints_change_nothing_stored_except_through_a_service()
    {
        var writes = StoreWritesIn(ServerFolders.Namespace("Apis"));
        Assert.True(writes.Count == 0,
            "Rule broken: endpoints in Apis/ may read from a store for a view, but may not change what is stored, because " +
            "the rules, the audit entry and the notification of a change live in its service.\n" +
            "Endpoint methods that write:\n  " + string.Join("\n  ", writes) + "\n" +
            "How to fix: move the change (and the checks before it) into a method of the service of its folder (for example " +
            "Partnerships/InvitationService or Statements/StatementService), give it plain values or a record of the service's " +
            "own, and let the endpoint call that method and map its result to the REST record. See docs/architecture.md.");
    }

    /// <summary>"Endpoint.Method calls Port.Method" for every writing call made by a type under <paramref name="ns"/>.</summary>
    private static List<string> StoreWritesIn(string ns)
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(Assemblies.Server.Location)!);
        using var module = ModuleDefinition.ReadModule(Assemblies.Server.Location, new ReaderParameters { AssemblyResolver = resolver });
        return (from type in module.GetTypes()
                let owner = Outermost(type)
                where owner.Namespace == ns || owner.Namespace.StartsWith(ns + ".", StringComparison.Ordinal)
                from method in type.Methods
                where method.HasBody
                from instruction in method.Body.Instructions
                let called = instruction.Operand as MethodReference
                where called is not null && Writes(called)
                select $"{owner.FullName}.{MethodName(type, method)} calls {called.DeclaringType.Name}.{called.Name}")
            .Distinct()
            .Order()
            .ToList();
    }

    private static bool Writes(MethodReference called)
    {
        var declaring = called.DeclaringType.FullName;
        if (WritingServiceMethods.Contains((declaring, called.Name)))
        {
            return true;
        }
        return called.DeclaringType.Namespace == "CoDraft.Core.Storage"
            && called.DeclaringType.Resolve() is { IsInterface: true }
            && !ReadingPrefixes.Any(prefix => called.Name.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>
    /// The method as written: an async method's body sits in a state machine named "&lt;Method&gt;d__N", a lambda in a
    /// method named "&lt;Method&gt;b__N" of a closure type.
    /// </summary>
    private static string MethodName(TypeDefinition type, MethodDefinition method)
    {
        foreach (var name in new[] { type.Name, method.Name })
        {
            if (name.StartsWith('<') && name.IndexOf('>') is > 1 and var end)
            {
                return name[1..end];
            }
        }
        return method.Name;
    }

    /// <summary>A compiler-made type (an async state machine, a lambda's closure) belongs to the type it sits in.</summary>
    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }
        return type;
    }
}
