using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task Updating_an_organisation_replaces_its_name_country_type_and_website_and_nothing_else()
    {
        var store = await NewStoreAsync();
        var organisation = StoreTestData.Organisation("Alpha Network");
        await store.CreateOrganisationAsync(organisation);
        await store.CreateOrganisationAsync(StoreTestData.Organisation("Beta Alliance"));
        var changed = organisation with { Name = "Zeta Network", Country = "FR", Type = OrganisationType.Foundation, Website = null };

        Assert.True(await store.UpdateOrganisationAsync(changed with { CreatedAt = StoreTestData.NextTime() }));

        Assert.Equal(changed, await store.FindOrganisationAsync(organisation.Id));
        Assert.Equal(["Beta Alliance", "Zeta Network"], (await store.ListOrganisationsAsync()).Select(o => o.Name));
        Assert.False(await store.UpdateOrganisationAsync(StoreTestData.Organisation("Nobody")));
        Assert.Null(await store.FindOrganisationAsync(Guid.Empty));
    }

    [SkippableFact]
    public async Task An_organisation_with_members_or_a_part_in_a_statement_is_kept_and_one_without_is_removed()
    {
        var store = await NewStoreAsync();
        var (withMember, convening, partner, free) = (StoreTestData.Organisation("With member"), StoreTestData.Organisation("Convening"),
            StoreTestData.Organisation("Partner"), StoreTestData.Organisation("Free"));
        var invited = StoreTestData.Organisation("Invited");
        foreach (var organisation in new[] { withMember, convening, partner, free, invited })
        {
            await store.CreateOrganisationAsync(organisation);
        }
        var person = StoreTestData.Person();
        await store.CreatePersonAsync(person);
        await store.AddMembershipAsync(new Membership(withMember.Id, person.Id, false, StoreTestData.NextTime()));
        var statement = await CreatedAsync(store);
        await store.SaveStatementAccessAsync(
            StatementAccess.Start(statement.Id, convening.Id, Guid.NewGuid()).WithPartner(partner.Id).InvitePartner(invited.Id, Guid.NewGuid(), StoreTestData.NextTime()), 0);

        Assert.Equal(OrganisationRemoval.HasMembers, await store.RemoveOrganisationAsync(withMember.Id));
        Assert.Equal(OrganisationRemoval.TakesPart, await store.RemoveOrganisationAsync(convening.Id));
        Assert.Equal(OrganisationRemoval.TakesPart, await store.RemoveOrganisationAsync(partner.Id));
        Assert.Equal(OrganisationRemoval.TakesPart, await store.RemoveOrganisationAsync(invited.Id));
        Assert.Equal(OrganisationRemoval.Removed, await store.RemoveOrganisationAsync(free.Id));
        Assert.Equal(OrganisationRemoval.NotFound, await store.RemoveOrganisationAsync(free.Id));

        Assert.Null(await store.FindOrganisationAsync(free.Id));
        Assert.Equal(["Convening", "Invited", "Partner", "With member"], (await store.ListOrganisationsAsync()).Select(o => o.Name));
    }
}
