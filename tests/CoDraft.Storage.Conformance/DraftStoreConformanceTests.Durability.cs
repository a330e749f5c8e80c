using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task Everything_committed_survives_reopening_the_store()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        CommittedOp[] ops = [StoreTestData.Insert(statement, 1, "Dear "), StoreTestData.Insert(statement, 2, "Commissioner")];
        await store.AppendAsync(ops);
        await store.SaveSnapshotAsync(new TextSnapshot(statement.Id, 2, "Dear Commissioner"));
        var revision = StoreTestData.Revision(statement, 2, RevisionKind.Candidate, "Final", "Dear Commissioner");
        await store.AddRevisionAsync(revision);

        var reopened = await ReopenedAsync(store);

        Assert.Equal([statement with { Version = 2, UpdatedAt = ops[1].CommittedAt }], await reopened.ListStatementsAsync());
        Assert.Equal(ops, await WholeLogAsync(reopened, statement.Id));
        Assert.Equal("Dear Commissioner", (await reopened.FindSnapshotAsync(statement.Id, 2))!.Text);
        Assert.Equal([revision], await reopened.ListRevisionsAsync(statement.Id));
        Assert.Equal(
            new AppendOutcome(AppendStatus.DuplicateSubmission, 2),
            await reopened.AppendAsync([StoreTestData.Insert(statement, 3, "Commissioner", seq: 2)]));
    }
}
