using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task A_new_statement_is_drafting_and_moves_only_from_the_state_it_is_in()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var round = StoreTestData.Round(statement, 0, "");
        await store.OpenRoundAsync(round, "lead", StoreTestData.NextTime());
        var at = StoreTestData.NextTime();

        Assert.False(await store.ChangeStateAsync(new StateChange(statement.Id, StatementState.Approved, StatementState.InReview, "lead", at)));
        Assert.True(await store.ChangeStateAsync(new StateChange(statement.Id, StatementState.InReview, StatementState.Drafting, "lead", at)));
        Assert.False(await store.ChangeStateAsync(new StateChange(statement.Id, StatementState.InReview, StatementState.Drafting, "lead", at)));

        Assert.Equal(new StatementLifecycle(statement.Id, StatementState.Drafting, at, "lead"), await store.FindLifecycleAsync(statement.Id));
        var other = await CreatedAsync(store, "Other");
        Assert.Equal(StatementLifecycle.Initial(other.Id), await store.FindLifecycleAsync(other.Id));
    }

    [SkippableFact]
    public async Task A_state_change_that_names_a_head_version_is_refused_once_the_text_moved_past_it()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        await store.AppendAsync([StoreTestData.Insert(statement, 1, "We call on the EU.")]);
        await store.OpenRoundAsync(StoreTestData.Round(statement, 1, "We call on the EU."), "lead", StoreTestData.NextTime());
        await store.AppendAsync([StoreTestData.Insert(statement, 2, "Now: ")]);

        var onOldHead = await store.ChangeStateAsync(new StateChange(statement.Id, StatementState.InReview, StatementState.Approved, "lead", StoreTestData.NextTime(), HeadVersion: 1));
        var onHead = await store.ChangeStateAsync(new StateChange(statement.Id, StatementState.InReview, StatementState.Approved, "lead", StoreTestData.NextTime(), HeadVersion: 2));

        Assert.False(onOldHead);
        Assert.True(onHead);
        Assert.Equal(StatementState.Approved, (await store.FindLifecycleAsync(statement.Id)).State);
    }

    [SkippableFact]
    public async Task Concurrent_state_changes_from_the_same_state_let_exactly_one_through()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        await store.OpenRoundAsync(StoreTestData.Round(statement, 0, ""), "lead", StoreTestData.NextTime());

        var changed = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            store.ChangeStateAsync(new StateChange(statement.Id, StatementState.InReview, i % 2 == 0 ? StatementState.Drafting : StatementState.Approved, $"lead-{i}", StoreTestData.NextTime())))));

        Assert.Equal(1, changed.Count(c => c));
    }

    [SkippableFact]
    public async Task A_move_the_lifecycle_does_not_allow_is_refused_before_anything_is_read()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.ChangeStateAsync(new StateChange(statement.Id, StatementState.Drafting, StatementState.Published, "lead", StoreTestData.NextTime())));
        var unknown = await Assert.ThrowsAsync<StoreException>(() =>
            store.ChangeStateAsync(new StateChange(Guid.NewGuid(), StatementState.Drafting, StatementState.InReview, "lead", StoreTestData.NextTime())));
        Assert.Equal(StoreException.UnknownStatement, unknown.Code);
        Assert.Equal(StoreException.UnknownStatement, (await Assert.ThrowsAsync<StoreException>(() => store.FindLifecycleAsync(Guid.NewGuid()))).Code);
    }
}
