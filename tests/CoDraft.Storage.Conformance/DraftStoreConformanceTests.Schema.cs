namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task An_initialised_store_answers_its_ping_and_initialising_again_keeps_its_data()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);

        await store.PingAsync();
        await store.InitializeAsync();

        Assert.Equal(statement, await store.FindStatementAsync(statement.Id));
    }

    [SkippableFact]
    public async Task A_closed_store_no_longer_answers_its_ping()
    {
        var store = await NewStoreAsync();

        ((IDisposable)store).Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.PingAsync());
    }
}
