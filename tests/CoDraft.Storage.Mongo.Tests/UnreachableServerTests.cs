using System.Diagnostics;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;

namespace CoDraft.Storage.Mongo.Tests;

/// <summary>
/// What a server started against a dead address sees. The address is a closed port on the loopback interface, so
/// these tests send nothing anywhere else and need no MongoDB.
/// </summary>
public sealed class UnreachableServerTests
{
    private const string Password = "s3cret-pa55";

    private static readonly string Unreachable = $"mongodb://codraft:{Password}@127.0.0.1:1/?connectTimeoutMS=1000";

    [Fact]
    public async Task Start_up_fails_within_the_selection_timeout_naming_the_host_but_not_the_password()
    {
        using var store = new MongoDraftStore(new MongoStoreOptions { ConnectionString = Unreachable });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<TimeoutException>(() => store.InitializeAsync());

        Assert.InRange(clock.Elapsed, MongoStoreContext.ServerSelectionTimeout * 0.9, MongoStoreContext.ServerSelectionTimeout * 1.5);
        Assert.Contains("127.0.0.1:1", error.Message);
        Assert.DoesNotContain(Password, error.ToString());
    }

    [Theory]
    [InlineData("mongodb://codraft:s3cret-pa55@")]
    [InlineData("mongodb://codraft:s3cret-pa55@127.0.0.1:99999")]
    [InlineData("https://codraft:s3cret-pa55@127.0.0.1")]
    public void Invalid_connection_string_is_refused_without_showing_the_password(string connectionString)
    {
        var error = Assert.Throws<ArgumentException>(
            () => new MongoDraftStore(new MongoStoreOptions { ConnectionString = connectionString }));

        Assert.Contains("not valid", error.Message);
        Assert.DoesNotContain(Password, error.ToString());
    }

    [Fact]
    public void Store_names_every_host_of_the_connection_string()
    {
        using var store = new MongoDraftStore(new MongoStoreOptions
        {
            ConnectionString = $"mongodb://codraft:{Password}@127.0.0.1:1,127.0.0.2:2/?replicaSet=rs0&connectTimeoutMS=1000",
        });

        Assert.Equal("127.0.0.1:1, 127.0.0.2:2", store.Hosts);
        Assert.Equal(MongoStoreOptions.DefaultDatabaseName, store.DatabaseName);
    }

    [Fact]
    public async Task Malformed_batches_are_refused_before_the_server_is_asked()
    {
        using var store = new MongoDraftStore(new MongoStoreOptions { ConnectionString = Unreachable });
        var statement = Guid.NewGuid();
        var one = Op(statement, 1, "alice", 1);

        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync([]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync([one, Op(Guid.NewGuid(), 2, "alice", 2)]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync([one, Op(statement, 3, "alice", 2)]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync([one, Op(statement, 2, "alice", 1)]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync([Op(statement, 0, "alice", 1)]));
    }

    [Fact]
    public async Task Disposed_store_refuses_further_calls_and_tolerates_a_second_dispose()
    {
        var store = new MongoDraftStore(new MongoStoreOptions { ConnectionString = Unreachable });

        store.Dispose();
        store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.FindStatementAsync(Guid.NewGuid()));
    }

    private static CommittedOp Op(Guid statementId, long version, string clientId, long seq) =>
        new(statementId, version, new TextOp([OpComponent.Insert("a")]), clientId, seq, "editor@partner.example",
            DateTimeOffset.UnixEpoch);
}
