using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task Revisions_round_trip_oldest_first_with_kind_label_and_hash()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var revisions = new List<Revision>();
        foreach (var (version, kind, label, text) in new (long, RevisionKind, string?, string)[]
                 {
                     (4, RevisionKind.Auto, null, "draft"),
                     (9, RevisionKind.Named, "Draft 2 for partners — «Entwurf» 🇪🇺", "draft two"),
                     (9, RevisionKind.Candidate, "Sign-off round 1", "draft two"),
                 })
        {
            await store.SaveSnapshotAsync(new TextSnapshot(statement.Id, version, text));
            var revision = StoreTestData.Revision(statement, version, kind, label, text);
            await store.AddRevisionAsync(revision);
            revisions.Add(revision);
        }

        Assert.Equal(revisions, await store.ListRevisionsAsync(statement.Id));
    }

    [SkippableFact]
    public async Task Statement_without_revisions_lists_none()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);

        Assert.Empty(await store.ListRevisionsAsync(statement.Id));
    }

    [SkippableFact]
    public async Task Revision_without_a_snapshot_of_its_text_is_refused()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        await store.SaveSnapshotAsync(new TextSnapshot(statement.Id, 2, "two"));

        var error = await Assert.ThrowsAsync<StoreException>(
            () => store.AddRevisionAsync(StoreTestData.Revision(statement, 3, RevisionKind.Named, "Draft 3", "three")));

        Assert.Equal(StoreException.SnapshotMissing, error.Code);
        Assert.Empty(await store.ListRevisionsAsync(statement.Id));
    }

    [SkippableFact]
    public async Task Revision_of_an_unknown_statement_is_refused()
    {
        var store = await NewStoreAsync();
        var ghost = StoreTestData.Statement("Never created");

        var error = await Assert.ThrowsAsync<StoreException>(
            () => store.AddRevisionAsync(StoreTestData.Revision(ghost, 0, RevisionKind.Auto, null, "")));

        Assert.Equal(StoreException.UnknownStatement, error.Code);
    }

    [SkippableFact]
    public async Task Revision_id_cannot_be_reused()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        await store.SaveSnapshotAsync(new TextSnapshot(statement.Id, 1, "one"));
        var first = StoreTestData.Revision(statement, 1, RevisionKind.Named, "Draft 1", "one");
        await store.AddRevisionAsync(first);

        var error = await Assert.ThrowsAsync<StoreException>(
            () => store.AddRevisionAsync(first with { Label = "Renamed", Kind = RevisionKind.Candidate }));

        Assert.Equal(StoreException.DuplicateRevision, error.Code);
        Assert.Equal([first], await store.ListRevisionsAsync(statement.Id));
    }
}
