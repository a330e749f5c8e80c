using CoDraft.Core.Storage;
using CoDraft.Server.Editing;
using CoDraft.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Tests.Editing;

/// <summary>
/// A DraftEditor on a real SQLite file, as one server process has it. Two rigs on one file are two processes
/// sharing a store. The store is wrapped only to count its appends.
/// </summary>
internal sealed class EditorRig : IAsyncDisposable
{
    private readonly SqliteDraftStore sqlite;

    private EditorRig(SqliteDraftStore sqlite, EditingOptions options)
    {
        this.sqlite = sqlite;
        Store = new CountingStore(sqlite);
        Editor = new DraftEditor(
            Store, Store, Store, Store, new RevisionRecorder(Store, Store, Store, TimeProvider.System), Options.Create(options), [], TimeProvider.System,
            NullLogger<DraftEditor>.Instance);
    }

    public CountingStore Store { get; }

    public DraftEditor Editor { get; }

    public static async Task<EditorRig> OpenAsync(string path, EditingOptions? options = null)
    {
        var store = new SqliteDraftStore(new SqliteStoreOptions { Path = path });
        await store.InitializeAsync();
        return new EditorRig(store, options ?? new EditingOptions());
    }

    public async Task<Guid> CreateStatementAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var statement = new StatementRecord(Guid.NewGuid(), "Letter", 0, "test", now, now);
        await Store.CreateStatementAsync(statement);
        return statement.Id;
    }

    public ValueTask DisposeAsync() => sqlite.DisposeAsync();
}
