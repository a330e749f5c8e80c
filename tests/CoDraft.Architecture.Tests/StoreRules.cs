using NetArchTest.Rules;

namespace CoDraft.Architecture.Tests;

/// <summary>The stores implement Core's storage ports; they know nothing of the server that uses them.</summary>
public sealed class StoreRules
{
    [Fact]
    public void Stores_do_not_depend_on_the_server() => Verdict.RequireAll(Assemblies.Stores.Select(store => Verdict.Describe(
        Types.InAssembly(store).ShouldNot().HaveDependencyOnAny("CoDraft.Server", "Microsoft.AspNetCore").GetResult(),
        $"{store.GetName().Name} (a store) may not use CoDraft.Server or ASP.NET Core.",
        "a store implements the ports of CoDraft.Core/Storage with Core's types only; a type both need belongs in Core.")));
}
