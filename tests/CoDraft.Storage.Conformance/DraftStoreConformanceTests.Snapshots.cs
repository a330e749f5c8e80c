using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task Snapshot_found_is_the_latest_at_or_before_the_version_asked()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        foreach (var version in new[] { 10L, 0L, 5L })
        {
            await store.SaveSnapshotAsync(new TextSnapshot(statement.Id, version, $"text at {version}"));
        }

        Assert.Equal(new TextSnapshot(statement.Id, 5, "text at 5"), await store.FindSnapshotAsync(statement.Id, 7));
        Assert.Equal(new TextSnapshot(statement.Id, 10, "text at 10"), await store.FindSnapshotAsync(statement.Id, 10));
        Assert.Equal(new TextSnapshot(statement.Id, 10, "text at 10"), await store.FindSnapshotAsync(statement.Id, 1000));
        Assert.Equal(new TextSnapshot(statement.Id, 0, "text at 0"), await store.FindSnapshotAsync(statement.Id, 4));
    }

    [SkippableFact]
    public async Task No_snapshot_is_found_before_the_first_one()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        await store.SaveSnapshotAsync(new TextSnapshot(statement.Id, 5, "text at 5"));

        Assert.Null(await store.FindSnapshotAsync(statement.Id, 4));
    }

    [SkippableFact]
    public async Task Saving_a_snapshot_again_keeps_the_first_text()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        await store.SaveSnapshotAsync(new TextSnapshot(statement.Id, 3, "first"));

        await store.SaveSnapshotAsync(new TextSnapshot(statement.Id, 3, "first"));
        await store.SaveSnapshotAsync(new TextSnapshot(statement.Id, 3, "second"));

        Assert.Equal("first", (await store.FindSnapshotAsync(statement.Id, 3))!.Text);
    }

    [SkippableFact]
    public async Task Snapshot_text_round_trips_exactly()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        const string text = "# Offener Brief 🇪🇺\n\n儿童保护 — \"quoted\" \\ back\\slash\r\n> é\u0301 👩‍👩‍👧\n";
        await store.SaveSnapshotAsync(new TextSnapshot(statement.Id, 1, text));

        Assert.Equal(text, (await store.FindSnapshotAsync(statement.Id, 1))!.Text);
    }

    [SkippableFact]
    public async Task Snapshot_of_an_unknown_statement_is_refused()
    {
        var store = await NewStoreAsync();
        var ghost = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<StoreException>(
            () => store.SaveSnapshotAsync(new TextSnapshot(ghost, 0, "")));

        Assert.Equal(StoreException.UnknownStatement, error.Code);
        Assert.Null(await store.FindSnapshotAsync(ghost, 0));
    }
}
