using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

/// <summary>
/// The behaviour every <see cref="IDraftStore"/> adapter must have. An adapter's test project derives from this
/// class and says how to open a store; the tests are split by port over the partial files next to this one.
/// Every test gets fresh, empty stores and creates its own data.
/// </summary>
public abstract partial class DraftStoreConformanceTests : IAsyncLifetime
{
    private readonly List<IDraftStore> opened = [];

    /// <summary>A fresh, empty, initialised store that no other test uses. May call <c>Skip.If</c> when the database is not available.</summary>
    protected abstract Task<IDraftStore> CreateStoreAsync();

    /// <summary>
    /// Closes <paramref name="store"/> (dispose it) and opens a new instance on the same data, as a restarted
    /// server would. Adapters that keep data override this; by default the tests that need it are skipped.
    /// </summary>
    protected virtual Task<IDraftStore> ReopenAsync(IDraftStore store)
    {
        Skip.If(true, $"{GetType().Name} does not override ReopenAsync.");
        return Task.FromResult(store);
    }

    /// <summary>
    /// Opens a second instance on the same data while <paramref name="store"/> stays open, as a second server
    /// process would. By default the tests that need it are skipped.
    /// </summary>
    protected virtual Task<IDraftStore> OpenSecondInstanceAsync(IDraftStore store)
    {
        Skip.If(true, $"{GetType().Name} does not override OpenSecondInstanceAsync.");
        return Task.FromResult(store);
    }

    /// <inheritdoc />
    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Disposes every store the test opened (adapters' stores must tolerate being disposed twice).</summary>
    public virtual async Task DisposeAsync()
    {
        foreach (var store in opened)
        {
            switch (store)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
        opened.Clear();
    }

    private async Task<IDraftStore> NewStoreAsync() => Track(await CreateStoreAsync());

    private async Task<IDraftStore> ReopenedAsync(IDraftStore store) => Track(await ReopenAsync(store));

    private async Task<IDraftStore> SecondInstanceAsync(IDraftStore store) => Track(await OpenSecondInstanceAsync(store));

    private IDraftStore Track(IDraftStore store)
    {
        opened.Add(store);
        return store;
    }

    private static async Task<StatementRecord> CreatedAsync(IDraftStore store, string title = "Open letter on child protection")
    {
        var statement = StoreTestData.Statement(title);
        await store.CreateStatementAsync(statement);
        return statement;
    }

    private static async Task<IReadOnlyList<CommittedOp>> WholeLogAsync(IDraftStore store, Guid statementId) =>
        await store.ReadOpsAsync(statementId, 0, long.MaxValue);
}
