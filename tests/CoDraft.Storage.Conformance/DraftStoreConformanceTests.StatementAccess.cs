using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task Statement_access_reads_back_with_partners_and_people_in_order()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var (convening, lead) = (Guid.NewGuid(), Guid.NewGuid());
        var (partnerA, partnerB, signatory) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var access = StatementAccess.Start(statement.Id, convening, lead)
            .WithPartner(partnerB).WithPartner(partnerA)
            .WithRole(signatory, partnerA, StatementRole.Signatory);

        Assert.True(await store.SaveStatementAccessAsync(access, 0));

        var found = await store.FindStatementAccessAsync(statement.Id);
        Assert.Equal(1, found!.Revision);
        Assert.Equal(convening, found.ConveningOrganisationId);
        Assert.Equal([partnerB, partnerA], found.PartnerOrganisationIds);
        Assert.Equal(access.People, found.People);
        Assert.Null(await store.FindStatementAccessAsync(Guid.NewGuid()));
    }

    [SkippableFact]
    public async Task A_change_made_on_an_old_revision_is_refused_and_writes_nothing()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var start = StatementAccess.Start(statement.Id, Guid.NewGuid(), Guid.NewGuid());
        await store.SaveStatementAccessAsync(start, 0);
        var read = (await store.FindStatementAccessAsync(statement.Id))!;
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        Assert.True(await store.SaveStatementAccessAsync(read.WithPartner(first), read.Revision));
        Assert.False(await store.SaveStatementAccessAsync(read.WithPartner(second), read.Revision));
        Assert.False(await store.SaveStatementAccessAsync(start, 0));

        var found = await store.FindStatementAccessAsync(statement.Id);
        Assert.Equal([first], found!.PartnerOrganisationIds);
        Assert.Equal(2, found.Revision);
    }

    [SkippableFact]
    public async Task Concurrent_changes_on_the_same_revision_let_exactly_one_through()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        await store.SaveStatementAccessAsync(StatementAccess.Start(statement.Id, Guid.NewGuid(), Guid.NewGuid()), 0);
        var read = (await store.FindStatementAccessAsync(statement.Id))!;
        var partners = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid()).ToArray();

        var saved = await Task.WhenAll(partners.Select(p => Task.Run(() => store.SaveStatementAccessAsync(read.WithPartner(p), read.Revision))));

        var winner = Assert.Single(partners.Where((_, i) => saved[i]));
        Assert.Equal([winner], (await store.FindStatementAccessAsync(statement.Id))!.PartnerOrganisationIds);
    }

    [SkippableFact]
    public async Task Access_of_an_unknown_statement_is_refused()
    {
        var store = await NewStoreAsync();

        var error = await Assert.ThrowsAsync<StoreException>(() =>
            store.SaveStatementAccessAsync(StatementAccess.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()), 0));

        Assert.Equal(StoreException.UnknownStatement, error.Code);
    }

    [SkippableFact]
    public async Task A_persons_statements_are_those_where_they_hold_a_role()
    {
        var store = await NewStoreAsync();
        var (one, two, three) = (await CreatedAsync(store, "One"), await CreatedAsync(store, "Two"), await CreatedAsync(store, "Three"));
        var (convening, person, someoneElse) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await store.SaveStatementAccessAsync(StatementAccess.Start(one.Id, convening, person), 0);
        await store.SaveStatementAccessAsync(StatementAccess.Start(two.Id, convening, someoneElse), 0);
        await store.SaveStatementAccessAsync(
            StatementAccess.Start(three.Id, convening, someoneElse).WithRole(person, convening, StatementRole.Viewer), 0);

        var statements = await store.ListStatementsOfPersonAsync(person);

        Assert.Equal(new[] { one.Id, three.Id }.Order(), statements.Order());
        Assert.Empty(await store.ListStatementsOfPersonAsync(Guid.NewGuid()));
    }
}
