using System.Reflection;
using CoDraft.Core.Storage;
using CoDraft.Protocol.Hub;
using CoDraft.Server.Hubs;
using CoDraft.Server.Tests.Hubs.Infrastructure;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Hubs;

/// <summary>
/// The hub and CoDraft.Client share one contract (CoDraft.Protocol). That a method renamed on one side breaks the
/// other is checked by the compiler (DraftHub implements IDraftHub, the client's calls implement it too); these
/// check what the compiler cannot: that the interface is the whole hub, and that an answer crosses the wire.
/// </summary>
public sealed class HubContractTests(SharedLiveServer shared) : IClassFixture<SharedLiveServer>
{
    [Fact]
    public void Every_method_a_client_can_call_on_the_hub_is_declared_by_IDraftHub()
    {
        // RefuseArguments is where calls whose arguments do not bind end up (ArgumentBindingProtocol), not a call to make.
        var hubMethods = typeof(DraftHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == typeof(DraftHub) && m.Name != nameof(DraftHub.RefuseArguments))
            .Select(m => m.Name)
            .Order();

        Assert.Equal(typeof(IDraftHub).GetMethods().Select(m => m.Name).Order(), hubMethods);
    }

    [Fact]
    public async Task A_revision_named_through_the_client_comes_back_with_its_kind()
    {
        var server = shared.Server;
        var (statementId, version) = await server.Http.CreateStatementAsync("Letter", "Wir fordern die EU");
        var client = await server.ConnectAsync();
        await client.Hub.JoinAsync(statementId);

        var revision = await client.Hub.NameRevisionAsync(statementId, "Draft 2 for partners");

        Assert.Equal(RevisionKind.Named, revision.Kind);
        Assert.Equal("Draft 2 for partners", revision.Label);
        Assert.Equal(version, revision.Version);
    }
}
