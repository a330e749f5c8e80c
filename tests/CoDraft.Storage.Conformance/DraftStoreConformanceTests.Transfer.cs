using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task Export_lists_every_person_invitation_and_snapshot()
    {
        var store = await NewStoreAsync();
        var sample = await StoreSample.FillAsync(store);
        var export = StoreKinds.Export(store);

        Assert.Equal(3, (await export.ListPeopleAsync()).Count);
        Assert.Contains(sample.Lead, await export.ListPeopleAsync());
        Assert.Equal(2, (await export.ListInvitationsAsync()).Count);
        Assert.Contains(sample.UsedInvitation, await export.ListInvitationsAsync());
        Assert.Equal([10L, 25L, 30L], (await export.ListSnapshotsAsync(sample.Letter.Id)).Select(s => s.Version));
        Assert.Empty(await export.ListSnapshotsAsync(sample.Empty.Id));
    }

    [SkippableFact]
    public async Task Imported_access_keeps_its_revision_and_never_replaces_stored_access()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var access = StatementAccess.Start(statement.Id, Guid.NewGuid(), Guid.NewGuid()) with { Revision = 7 };

        Assert.True(await StoreKinds.Import(store).ImportStatementAccessAsync(access));
        Assert.False(await StoreKinds.Import(store).ImportStatementAccessAsync(access with { Revision = 9 }));

        var stored = await store.FindStatementAccessAsync(statement.Id);
        Assert.Equal(7, stored!.Revision);
        Assert.True(await store.SaveStatementAccessAsync(stored, 7));
        Assert.Equal(8, (await store.FindStatementAccessAsync(statement.Id))!.Revision);
    }

    [SkippableFact]
    public async Task Whole_store_copies_into_an_empty_one_and_verifies_equal()
    {
        var source = await NewStoreAsync();
        var target = await NewStoreAsync();
        var sample = await StoreSample.FillAsync(source);
        var output = new StringWriter();

        Assert.True(await new StoreCopier(StoreKinds.All, output).CopyAsync(source, target), output.ToString());

        Assert.Equal(sample.Letter, await target.FindStatementAsync(sample.Letter.Id));
        Assert.Equal(sample.LetterText, StoreSample.TextAt(await WholeLogAsync(target, sample.Letter.Id)));
        Assert.Equal(3, (await target.FindStatementAccessAsync(sample.Letter.Id))!.Revision);
    }
}
