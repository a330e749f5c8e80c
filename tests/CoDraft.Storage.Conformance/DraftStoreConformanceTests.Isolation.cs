using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task Statements_do_not_see_each_others_ops_snapshots_or_revisions()
    {
        var store = await NewStoreAsync();
        var one = await CreatedAsync(store, "One");
        var two = await CreatedAsync(store, "Two");
        var opOfOne = StoreTestData.Insert(one, 1, "one", clientId: "alice", seq: 1);
        var opOfTwo = StoreTestData.Insert(two, 1, "two", clientId: "alice", seq: 1);

        Assert.Equal(AppendOutcome.Committed, await store.AppendAsync([opOfOne]));
        Assert.Equal(AppendOutcome.Committed, await store.AppendAsync([opOfTwo]));
        await store.SaveSnapshotAsync(new TextSnapshot(one.Id, 1, "one"));
        var revisionOfOne = StoreTestData.Revision(one, 1, RevisionKind.Named, "Draft 1", "one");
        await store.AddRevisionAsync(revisionOfOne);

        Assert.Equal([opOfOne], await WholeLogAsync(store, one.Id));
        Assert.Equal([opOfTwo], await WholeLogAsync(store, two.Id));
        Assert.Equal(opOfTwo, await store.FindSubmissionAsync(two.Id, "alice", 1));
        Assert.Null(await store.FindSnapshotAsync(two.Id, 1));
        Assert.Empty(await store.ListRevisionsAsync(two.Id));
        Assert.Equal([revisionOfOne], await store.ListRevisionsAsync(one.Id));
    }
}
