using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task Person_is_found_by_id_and_by_email_exactly_as_stored()
    {
        var store = await NewStoreAsync();
        var person = StoreTestData.Person("Amira Haddad 👩‍⚖️") with { FailedSignIns = 2, LockedUntil = StoreTestData.NextTime() };
        await store.CreatePersonAsync(person);

        Assert.Equal(person, await store.FindPersonAsync(person.Id));
        Assert.Equal(person, await store.FindPersonByEmailAsync(person.Email));
        Assert.Null(await store.FindPersonAsync(Guid.NewGuid()));
        Assert.Null(await store.FindPersonByEmailAsync("nobody@partner.example"));
    }

    [SkippableFact]
    public async Task A_second_person_with_the_same_email_is_refused()
    {
        var store = await NewStoreAsync();
        var first = StoreTestData.Person("First");
        await store.CreatePersonAsync(first);

        var error = await Assert.ThrowsAsync<StoreException>(() => store.CreatePersonAsync(StoreTestData.Person("Second") with { Email = first.Email }));

        Assert.Equal(StoreException.DuplicateEmail, error.Code);
        Assert.Equal("First", (await store.FindPersonByEmailAsync(first.Email))!.Name);
    }

    [SkippableFact]
    public async Task Updating_a_person_replaces_everything_but_email_and_creation_time()
    {
        var store = await NewStoreAsync();
        var person = StoreTestData.Person();
        await store.CreatePersonAsync(person);
        var changed = person with
        {
            Name = "Amira H.", PasswordHash = "new-hash", SecurityStamp = "new-stamp", IsAdministrator = true,
            FailedSignIns = 5, LockedUntil = StoreTestData.NextTime(),
        };

        await store.UpdatePersonAsync(changed with { Email = "other@partner.example", CreatedAt = StoreTestData.NextTime() });

        Assert.Equal(changed, await store.FindPersonAsync(person.Id));
        var unknown = await Assert.ThrowsAsync<StoreException>(() => store.UpdatePersonAsync(StoreTestData.Person()));
        Assert.Equal(StoreException.UnknownPerson, unknown.Code);
    }

    [SkippableFact]
    public async Task An_administrator_exists_only_once_one_is_stored()
    {
        var store = await NewStoreAsync();
        await store.CreatePersonAsync(StoreTestData.Person());
        var before = await store.AnyAdministratorAsync();

        await store.CreatePersonAsync(StoreTestData.Person(administrator: true));

        Assert.False(before);
        Assert.True(await store.AnyAdministratorAsync());
    }

    [SkippableFact]
    public async Task Organisations_are_found_and_listed_by_name()
    {
        var store = await NewStoreAsync();
        var zeta = StoreTestData.Organisation("Zeta Foundation") with { Type = OrganisationType.Foundation, Website = null };
        var alpha = StoreTestData.Organisation("alpha network") with { Type = OrganisationType.Network, Country = "BE" };
        await store.CreateOrganisationAsync(zeta);
        await store.CreateOrganisationAsync(alpha);

        Assert.Equal(zeta, await store.FindOrganisationAsync(zeta.Id));
        Assert.Equal([alpha, zeta], await store.ListOrganisationsAsync());
        var duplicate = await Assert.ThrowsAsync<StoreException>(() => store.CreateOrganisationAsync(zeta with { Name = "Copy" }));
        Assert.Equal(StoreException.DuplicateOrganisation, duplicate.Code);
    }

    [SkippableFact]
    public async Task A_person_belongs_to_one_organisation_at_most()
    {
        var store = await NewStoreAsync();
        var (person, first, second) = (StoreTestData.Person(), StoreTestData.Organisation("First"), StoreTestData.Organisation("Second"));
        await store.CreatePersonAsync(person);
        await store.CreateOrganisationAsync(first);
        await store.CreateOrganisationAsync(second);
        var membership = new Membership(first.Id, person.Id, false, StoreTestData.NextTime());
        await store.AddMembershipAsync(membership);

        var error = await Assert.ThrowsAsync<StoreException>(() =>
            store.AddMembershipAsync(new Membership(second.Id, person.Id, true, StoreTestData.NextTime())));

        Assert.Equal(StoreException.AlreadyMember, error.Code);
        Assert.Equal(membership, await store.FindMembershipAsync(person.Id));
        Assert.Empty(await store.ListMembersAsync(second.Id));
    }

    [SkippableFact]
    public async Task Membership_needs_a_stored_person_and_organisation()
    {
        var store = await NewStoreAsync();
        var (person, organisation) = (StoreTestData.Person(), StoreTestData.Organisation());
        await store.CreatePersonAsync(person);

        var noOrganisation = await Assert.ThrowsAsync<StoreException>(() =>
            store.AddMembershipAsync(new Membership(organisation.Id, person.Id, false, StoreTestData.NextTime())));
        await store.CreateOrganisationAsync(organisation);
        var noPerson = await Assert.ThrowsAsync<StoreException>(() =>
            store.AddMembershipAsync(new Membership(organisation.Id, Guid.NewGuid(), false, StoreTestData.NextTime())));

        Assert.Equal(StoreException.UnknownOrganisation, noOrganisation.Code);
        Assert.Equal(StoreException.UnknownPerson, noPerson.Code);
        Assert.Null(await store.FindMembershipAsync(person.Id));
    }

    [SkippableFact]
    public async Task Members_are_listed_in_joining_order_and_can_be_promoted_and_removed()
    {
        var store = await NewStoreAsync();
        var organisation = StoreTestData.Organisation();
        await store.CreateOrganisationAsync(organisation);
        var people = new[] { StoreTestData.Person("One"), StoreTestData.Person("Two"), StoreTestData.Person("Three") };
        foreach (var person in people)
        {
            await store.CreatePersonAsync(person);
            await store.AddMembershipAsync(new Membership(organisation.Id, person.Id, false, StoreTestData.NextTime()));
        }

        Assert.True(await store.SetOrganisationAdminAsync(organisation.Id, people[1].Id, true));
        Assert.True(await store.RemoveMembershipAsync(organisation.Id, people[0].Id));
        Assert.False(await store.RemoveMembershipAsync(organisation.Id, people[0].Id));
        Assert.False(await store.SetOrganisationAdminAsync(Guid.NewGuid(), people[2].Id, true));

        var members = await store.ListMembersAsync(organisation.Id);
        Assert.Equal([people[1].Id, people[2].Id], members.Select(m => m.PersonId));
        Assert.Equal([true, false], members.Select(m => m.IsOrganisationAdmin));
        Assert.Null(await store.FindMembershipAsync(people[0].Id));
    }

    [SkippableFact]
    public async Task Access_tokens_are_found_by_hash_and_revoked_once()
    {
        var store = await NewStoreAsync();
        var (person, other) = (StoreTestData.Person(), StoreTestData.Person("Other"));
        await store.CreatePersonAsync(person);
        await store.CreatePersonAsync(other);
        var (laptop, script) = (StoreTestData.Token(person, "laptop"), StoreTestData.Token(person, "script"));
        await store.AddAccessTokenAsync(laptop);
        await store.AddAccessTokenAsync(script);
        var at = StoreTestData.NextTime();

        Assert.False(await store.RevokeAccessTokenAsync(other.Id, laptop.Id, at));
        Assert.True(await store.RevokeAccessTokenAsync(person.Id, laptop.Id, at));
        Assert.False(await store.RevokeAccessTokenAsync(person.Id, laptop.Id, StoreTestData.NextTime()));

        Assert.Equal(laptop with { RevokedAt = at }, await store.FindAccessTokenAsync(laptop.TokenHash));
        Assert.Equal([laptop with { RevokedAt = at }, script], await store.ListAccessTokensAsync(person.Id));
        Assert.Empty(await store.ListAccessTokensAsync(other.Id));
        Assert.Null(await store.FindAccessTokenAsync(SecretToken.Hash("unknown")));
    }

    [SkippableFact]
    public async Task An_invitation_is_claimed_by_exactly_one_of_many_concurrent_callers()
    {
        var store = await NewStoreAsync();
        var (lead, organisation) = (StoreTestData.Person(), StoreTestData.Organisation());
        await store.CreatePersonAsync(lead);
        await store.CreateOrganisationAsync(organisation);
        var statement = await CreatedAsync(store);
        var invitation = StoreTestData.Invitation(lead, organisation, statement.Id, StatementRole.Signatory);
        await store.AddInvitationAsync(invitation);
        Assert.Equal(invitation, await store.FindInvitationAsync(invitation.TokenHash));
        var claimants = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid()).ToArray();
        var at = StoreTestData.NextTime();

        var claimed = await Task.WhenAll(claimants.Select(c => Task.Run(() => store.ClaimInvitationAsync(invitation.Id, c, at))));

        var winner = Assert.Single(claimants.Where((_, i) => claimed[i]));
        Assert.Equal(invitation with { UsedAt = at, UsedBy = winner }, await store.FindInvitationAsync(invitation.TokenHash));
        Assert.False(await store.ClaimInvitationAsync(Guid.NewGuid(), winner, at));
    }
}
