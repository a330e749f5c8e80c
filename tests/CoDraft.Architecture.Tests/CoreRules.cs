using NetArchTest.Rules;

namespace CoDraft.Architecture.Tests;

/// <summary>CoDraft.Core is the domain: it runs anywhere, with no web framework and no database under it.</summary>
public sealed class CoreRules
{
    [Fact]
    public void Core_depends_on_nothing_of_AspNetCore_SignalR_or_a_store() => Verdict.Require(
        Types.InAssembly(Assemblies.Core).ShouldNot().HaveDependencyOnAny(
            "Microsoft.AspNetCore", "Microsoft.Extensions.Hosting", "Microsoft.Data.Sqlite", "MongoDB", "StackExchange.Redis",
            "CoDraft.Server", "CoDraft.Storage").GetResult(),
        "CoDraft.Core may not use ASP.NET Core (nor SignalR, which is part of it), a database driver (SQLite, MongoDB, Redis), " +
        "a store (CoDraft.Storage.*) or the server.",
        "keep the rule pure in Core and move the part that needs HTTP, SignalR or a database to the server (a service in " +
        "CoDraft.Server) or to a store; Core declares what it needs from a store as a port (an interface in Core/Storage).");
}
