using CoDraft.Core.Storage;
using CoDraft.Storage.Conformance;
using CoDraft.StoreCopy;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo.Tests;

/// <summary>
/// The conformance suite on a real MongoDB named by CODRAFT_TEST_MONGO, each test in a database of its own that is
/// dropped afterwards. Without that variable every test is skipped (docker-compose's "tests" service sets it).
/// </summary>
public sealed class MongoDraftStoreConformanceTests : DraftStoreConformanceTests
{
    private readonly List<string> databases = [];

    protected override async Task<IDraftStore> CreateStoreAsync()
    {
        var connectionString = TestServer.ConnectionString;
        var database = TestServer.NewDatabaseName();
        databases.Add(database);
        return await OpenAsync(connectionString, database);
    }

    protected override async Task<IDraftStore> ReopenAsync(IDraftStore store)
    {
        var mongo = (MongoDraftStore)store;
        mongo.Dispose();
        return await OpenAsync(TestServer.ConnectionString, mongo.DatabaseName);
    }

    protected override async Task<IDraftStore> OpenSecondInstanceAsync(IDraftStore store) =>
        await OpenAsync(TestServer.ConnectionString, ((MongoDraftStore)store).DatabaseName);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (databases.Count == 0)
        {
            return;
        }
        using var client = new MongoClient(TestServer.ConnectionString);
        foreach (var database in databases)
        {
            await client.DropDatabaseAsync(database);
        }
    }

    private static async Task<MongoDraftStore> OpenAsync(string connectionString, string database)
    {
        var store = new MongoDraftStore(new MongoStoreOptions { ConnectionString = connectionString, DatabaseName = database });
        await store.InitializeAsync();
        return store;
    }
}
