using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task Invited_partners_and_signatory_proposals_read_back_in_order()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var (convening, lead, partner, invited, declined, person) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (first, second) = (StoreTestData.NextTime(), StoreTestData.NextTime());
        var access = StatementAccess.Start(statement.Id, convening, lead)
            .InvitePartner(declined, lead, first)
            .InvitePartner(partner, lead, first)
            .InvitePartner(invited, lead, second)
            .AcceptPartnership(partner)
            .DeclinePartnership(declined, Guid.NewGuid(), second)
            .ProposeSignatory(person, partner, lead, second);

        Assert.True(await store.SaveStatementAccessAsync(access, 0));

        var found = (await store.FindStatementAccessAsync(statement.Id))!;
        Assert.Equal([partner], found.PartnerOrganisationIds);
        Assert.Equal(access.InvitedPartners, found.InvitedPartners);
        Assert.Equal([PartnerStatus.Invited, PartnerStatus.Declined], found.InvitedPartners.Select(i => i.Status));
        Assert.Equal(access.SignatoryProposals, found.SignatoryProposals);

        var confirmed = found.WithRole(person, partner, StatementRole.Signatory).WithoutPartner(invited);
        Assert.True(await store.SaveStatementAccessAsync(confirmed, found.Revision));
        var again = (await store.FindStatementAccessAsync(statement.Id))!;
        Assert.Empty(again.SignatoryProposals);
        Assert.Equal([declined], again.InvitedPartners.Select(i => i.OrganisationId));
    }

    [SkippableFact]
    public async Task An_organisations_statements_are_those_it_convenes_takes_part_in_or_was_invited_to()
    {
        var store = await NewStoreAsync();
        var (convened, partnered, invited, declined, unrelated) =
            (await CreatedAsync(store), await CreatedAsync(store), await CreatedAsync(store), await CreatedAsync(store), await CreatedAsync(store));
        var organisation = Guid.NewGuid();
        var at = StoreTestData.NextTime();
        await store.SaveStatementAccessAsync(StatementAccess.Start(convened.Id, organisation, Guid.NewGuid()), 0);
        await store.SaveStatementAccessAsync(StatementAccess.Start(partnered.Id, Guid.NewGuid(), Guid.NewGuid()).WithPartner(organisation), 0);
        await store.SaveStatementAccessAsync(StatementAccess.Start(invited.Id, Guid.NewGuid(), Guid.NewGuid()).InvitePartner(organisation, Guid.NewGuid(), at), 0);
        await store.SaveStatementAccessAsync(
            StatementAccess.Start(declined.Id, Guid.NewGuid(), Guid.NewGuid()).InvitePartner(organisation, Guid.NewGuid(), at).DeclinePartnership(organisation, Guid.NewGuid(), at), 0);
        await store.SaveStatementAccessAsync(StatementAccess.Start(unrelated.Id, Guid.NewGuid(), Guid.NewGuid()).WithPartner(Guid.NewGuid()), 0);

        var found = await store.ListStatementsOfOrganisationAsync(organisation);

        Assert.Equal(new[] { convened.Id, partnered.Id, invited.Id, declined.Id }.Order(), found.Order());
        Assert.Empty(await store.ListStatementsOfOrganisationAsync(Guid.NewGuid()));
    }

    [SkippableFact]
    public async Task A_released_claim_makes_the_invitation_usable_again_but_only_the_claimant_releases()
    {
        var store = await NewStoreAsync();
        var (lead, organisation) = (StoreTestData.Person(), StoreTestData.Organisation());
        await store.CreatePersonAsync(lead);
        await store.CreateOrganisationAsync(organisation);
        var invitation = StoreTestData.Invitation(lead, organisation);
        await store.AddInvitationAsync(invitation);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        Assert.True(await store.ClaimInvitationAsync(invitation.Id, first, StoreTestData.NextTime()));

        Assert.False(await store.ReleaseInvitationAsync(invitation.Id, second));
        Assert.True(await store.ReleaseInvitationAsync(invitation.Id, first));

        Assert.Equal(invitation, await store.FindInvitationByIdAsync(invitation.Id));
        Assert.True(await store.ClaimInvitationAsync(invitation.Id, second, StoreTestData.NextTime()));
        Assert.False(await store.ReleaseInvitationAsync(invitation.Id, first));
    }

    [SkippableFact]
    public async Task Open_invitations_are_listed_until_used_or_revoked_and_a_revoked_one_cannot_be_claimed()
    {
        var store = await NewStoreAsync();
        var (lead, organisation, other) = (StoreTestData.Person(), StoreTestData.Organisation(), StoreTestData.Organisation("Other"));
        await store.CreatePersonAsync(lead);
        await store.CreateOrganisationAsync(organisation);
        await store.CreateOrganisationAsync(other);
        var statement = await CreatedAsync(store);
        var toStatement = StoreTestData.Invitation(lead, organisation, statement.Id, StatementRole.Editor);
        var toOrganisation = StoreTestData.Invitation(lead, organisation, null, null);
        var used = StoreTestData.Invitation(lead, organisation, null, null);
        var elsewhere = StoreTestData.Invitation(lead, other, null, null);
        foreach (var invitation in new[] { toStatement, toOrganisation, used, elsewhere })
        {
            await store.AddInvitationAsync(invitation);
        }
        Assert.True(await store.ClaimInvitationAsync(used.Id, Guid.NewGuid(), StoreTestData.NextTime()));

        Assert.Equal([toStatement.Id, toOrganisation.Id], (await store.ListOpenInvitationsOfOrganisationAsync(organisation.Id)).Select(i => i.Id));
        Assert.Equal([toStatement], await store.ListOpenInvitationsOfStatementAsync(statement.Id));
        Assert.Equal(toOrganisation, await store.FindInvitationByIdAsync(toOrganisation.Id));
        Assert.Null(await store.FindInvitationByIdAsync(Guid.NewGuid()));

        var at = StoreTestData.NextTime();
        Assert.True(await store.RevokeInvitationAsync(toStatement.Id, at));
        Assert.False(await store.RevokeInvitationAsync(toStatement.Id, StoreTestData.NextTime()));
        Assert.False(await store.RevokeInvitationAsync(used.Id, at));
        Assert.False(await store.ClaimInvitationAsync(toStatement.Id, Guid.NewGuid(), StoreTestData.NextTime()));

        Assert.Equal(toStatement with { RevokedAt = at }, await store.FindInvitationAsync(toStatement.TokenHash));
        Assert.Empty(await store.ListOpenInvitationsOfStatementAsync(statement.Id));
        Assert.Equal([toOrganisation.Id], (await store.ListOpenInvitationsOfOrganisationAsync(organisation.Id)).Select(i => i.Id));
    }
}
