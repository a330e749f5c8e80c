using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task Created_statement_is_found_with_an_empty_log()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store, "Open letter to the Commission");

        var found = await store.FindStatementAsync(statement.Id);

        Assert.Equal(statement, found);
        Assert.Equal(0, found!.Version);
        Assert.Empty(await WholeLogAsync(store, statement.Id));
    }

    [SkippableFact]
    public async Task Unknown_statement_is_not_found()
    {
        var store = await NewStoreAsync();
        await CreatedAsync(store);

        Assert.Null(await store.FindStatementAsync(Guid.NewGuid()));
    }

    [SkippableFact]
    public async Task Empty_store_lists_no_statements()
    {
        var store = await NewStoreAsync();

        Assert.Empty(await store.ListStatementsAsync());
    }

    [SkippableFact]
    public async Task Statements_are_listed_newest_first_with_their_head_versions()
    {
        var store = await NewStoreAsync();
        var oldest = await CreatedAsync(store, "First");
        var middle = await CreatedAsync(store, "Second");
        var newest = await CreatedAsync(store, "Third");
        await store.AppendAsync([StoreTestData.Insert(middle, 1, "a"), StoreTestData.Insert(middle, 2, "b")]);
        var lastOp = StoreTestData.Insert(oldest, 1, "c");
        await store.AppendAsync([lastOp]);

        var listed = await store.ListStatementsAsync();

        Assert.Equal([newest.Id, middle.Id, oldest.Id], listed.Select(s => s.Id));
        Assert.Equal([0L, 2L, 1L], listed.Select(s => s.Version));
        Assert.Equal(lastOp.CommittedAt, listed[2].UpdatedAt);
        Assert.Equal(await store.FindStatementAsync(middle.Id), listed[1]);
    }

    [SkippableFact]
    public async Task Creating_a_statement_twice_is_refused_and_keeps_the_first()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store, "Original title");

        var error = await Assert.ThrowsAsync<StoreException>(
            () => store.CreateStatementAsync(statement with { Title = "Impostor" }));

        Assert.Equal(StoreException.DuplicateStatement, error.Code);
        Assert.Equal("Original title", (await store.FindStatementAsync(statement.Id))!.Title);
    }

    [SkippableFact]
    public async Task Times_are_kept_to_the_millisecond_as_the_same_instant_in_utc()
    {
        var store = await NewStoreAsync();
        var local = new DateTimeOffset(2025, 6, 30, 23, 59, 59, 123, TimeSpan.FromHours(2)).AddTicks(4567);
        var statement = StoreTestData.Statement("Times") with { CreatedAt = local, UpdatedAt = local };
        await store.CreateStatementAsync(statement);

        var found = await store.FindStatementAsync(statement.Id);

        Assert.Equal(new DateTimeOffset(2025, 6, 30, 21, 59, 59, 123, TimeSpan.Zero), found!.CreatedAt);
        Assert.Equal(TimeSpan.Zero, found.CreatedAt.Offset);
    }

    [SkippableFact]
    public async Task Initializing_again_keeps_the_data()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        await store.AppendAsync([StoreTestData.Insert(statement, 1, "kept")]);

        await store.InitializeAsync();

        Assert.Equal(1, (await store.FindStatementAsync(statement.Id))!.Version);
        Assert.Single(await WholeLogAsync(store, statement.Id));
    }
}
