using CoDraft.Core.Audit;
using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task Audit_entries_are_chained_in_order_and_verify()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var other = await CreatedAsync(store, "Other");

        var first = await store.AppendAuditAsync(statement.Id, StoreTestData.NextTime(), "lead", "round.opened", """{"version":1}""");
        await store.AppendAuditAsync(other.Id, StoreTestData.NextTime(), "lead", "statement.created", "{}");
        var second = await store.AppendAuditAsync(statement.Id, StoreTestData.NextTime(), "signatory", "decision.approve", """{"note":"«oui» 🇪🇺"}""");

        var chain = await store.ListAuditAsync(statement.Id);
        Assert.Equal([first, second], chain);
        Assert.Equal((1L, 2L), (first.Sequence, second.Sequence));
        Assert.Equal(first.Hash, second.PreviousHash);
        var verified = AuditChain.Verify(chain);
        Assert.True(verified.IsIntact);
        Assert.Equal(second.Hash, verified.HeadHash);
        Assert.Single(await store.ListAuditAsync(other.Id));
    }

    [SkippableFact]
    public async Task Concurrent_audit_appends_make_one_unbroken_chain()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);

        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            store.AppendAuditAsync(statement.Id, StoreTestData.NextTime(), $"writer-{i}", "test.event", "{}"))));

        var chain = await store.ListAuditAsync(statement.Id);
        Assert.Equal(Enumerable.Range(1, 16).Select(i => (long)i), chain.Select(e => e.Sequence));
        Assert.True(AuditChain.Verify(chain).IsIntact);
        Assert.Equal(16, chain.Select(e => e.Actor).Distinct().Count());
    }

    [SkippableFact]
    public async Task Audit_of_an_unknown_statement_is_refused()
    {
        var store = await NewStoreAsync();

        var error = await Assert.ThrowsAsync<StoreException>(() => store.AppendAuditAsync(Guid.NewGuid(), StoreTestData.NextTime(), "lead", "x", "{}"));

        Assert.Equal(StoreException.UnknownStatement, error.Code);
    }
}
