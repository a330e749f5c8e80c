using CoDraft.Core.Storage;
using CoDraft.Storage.Conformance;
using CoDraft.StoreCopy;

namespace CoDraft.Storage.Sqlite.Tests;

/// <summary>The conformance suite on real database files, one temp directory per test.</summary>
public sealed class SqliteDraftStoreTests : DraftStoreConformanceTests
{
    private readonly TempDirectory directory = new();

    protected override async Task<IDraftStore> CreateStoreAsync() =>
        await OpenAsync(Path.Combine(directory.Path, Guid.NewGuid().ToString("N"), "codraft.db"));

    protected override async Task<IDraftStore> ReopenAsync(IDraftStore store)
    {
        var sqlite = (SqliteDraftStore)store;
        await sqlite.DisposeAsync();
        return await OpenAsync(sqlite.FilePath);
    }

    protected override async Task<IDraftStore> OpenSecondInstanceAsync(IDraftStore store) =>
        await OpenAsync(((SqliteDraftStore)store).FilePath);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        directory.Dispose();
    }

    private static async Task<SqliteDraftStore> OpenAsync(string path)
    {
        var store = new SqliteDraftStore(new SqliteStoreOptions { Path = path });
        await store.InitializeAsync();
        return store;
    }
}
