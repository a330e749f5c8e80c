using CoDraft.Core.Storage;
using CoDraft.Server.Auth;
using CoDraft.Server.Partnerships;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoDraft.Server.Tests.Auth;

/// <summary>Accepting an invitation is all or nothing for the membership and the link: a failure part-way leaves neither.</summary>
public sealed class InvitationUndoTests : IAsyncLifetime
{
    private readonly CoDraftFactory factory = new();
    private TestPerson admin = null!;
    private Guid organisation;

    public async Task InitializeAsync()
    {
        admin = await factory.Accounts.AdministratorAsync();
        organisation = await factory.Accounts.OrganisationAsync("Eurochild");
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_failure_after_joining_takes_the_membership_back_and_leaves_the_link_usable()
    {
        var email = TestAccounts.NewEmail("halfway");
        var person = await factory.Services.GetRequiredService<AccountService>().CreatePersonAsync(email, "Half Way", TestAccounts.Password, administrator: false);
        var token = await TestAccounts.InviteAsync(admin.Client, new { email, organisationId = organisation, organisationAdmin = true });
        var invitations = factory.Services.GetRequiredService<InvitationService>();
        var store = factory.Services.GetRequiredService<IDraftStore>();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            invitations.AcceptAsync(token, person.Id, null, null, _ => throw new InvalidOperationException("The session could not start."), default));

        Assert.Null(await store.FindMembershipAsync(person.Id));
        var again = await invitations.AcceptAsync(token, person.Id, null, null, _ => Task.CompletedTask, default);
        Assert.Equal(organisation, again.Invitation.OrganisationId);
        var membership = await store.FindMembershipAsync(person.Id);
        Assert.Equal(organisation, membership?.OrganisationId);
        Assert.True(membership?.IsOrganisationAdmin);
    }
}
