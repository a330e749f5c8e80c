using CoDraft.Core.Storage;
using CoDraft.Core.Text;

namespace CoDraft.Storage.Sqlite.Tests;

/// <summary>
/// Appends of many statements at once share transactions; each must still be all or nothing on its own and get its
/// own answer, whatever the batches committed beside it do.
/// </summary>
public sealed class SharedCommitTests : IDisposable
{
    private const int Statements = 40;
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task Concurrent_appends_of_many_statements_each_get_their_own_outcome()
    {
        await using var store = new SqliteDraftStore(new SqliteStoreOptions { Path = Path.Combine(directory.Path, "codraft.db") });
        await store.InitializeAsync();
        var now = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, Statements).Select(_ => Guid.NewGuid()).ToList();
        foreach (var id in ids)
        {
            await store.CreateStatementAsync(new StatementRecord(id, "letter", 0, "lead", now, now));
        }

        // Every statement gets two rival batches for version 1, and one unknown statement gets a batch too.
        var rivals = ids.SelectMany(id => new[] { Batch(id, "a"), Batch(id, "b") }).ToList();
        var unknown = Batch(Guid.NewGuid(), "x");
        var appends = rivals.Select(b => store.AppendAsync(b)).ToList();
        var refused = Assert.ThrowsAsync<StoreException>(() => store.AppendAsync(unknown));
        var outcomes = await Task.WhenAll(appends);

        Assert.Equal(StoreException.UnknownStatement, (await refused).Code);
        for (var i = 0; i < ids.Count; i++)
        {
            var pair = new[] { outcomes[2 * i].Status, outcomes[2 * i + 1].Status };
            Assert.Equal([AppendStatus.Committed, AppendStatus.VersionConflict], pair.Order());
            var winner = pair[0] == AppendStatus.Committed ? "a" : "b";
            var stored = await store.ReadOpsAsync(ids[i], 0, long.MaxValue);
            Assert.Equal([$"{winner}1", $"{winner}2"], stored.Select(o => o.ClientId + o.Seq));
            Assert.Equal(2, (await store.FindStatementAsync(ids[i]))!.Version);
        }
    }

    public void Dispose() => directory.Dispose();

    private static IReadOnlyList<CommittedOp> Batch(Guid statementId, string client) =>
    [
        new(statementId, 1, new TextOp([OpComponent.Insert(client)]), client, 1, "lead", DateTimeOffset.UtcNow),
        new(statementId, 2, new TextOp([OpComponent.Insert(client)]), client, 2, "lead", DateTimeOffset.UtcNow),
    ];
}
