using CoDraft.Core.Storage;
using CoDraft.Core.Text;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task Appended_ops_are_read_back_in_order()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        CommittedOp[] first = [StoreTestData.Insert(statement, 1, "We, "), StoreTestData.Insert(statement, 2, "the ")];
        var second = StoreTestData.Insert(statement, 3, "undersigned");

        Assert.Equal(AppendOutcome.Committed, await store.AppendAsync(first));
        Assert.Equal(AppendOutcome.Committed, await store.AppendAsync([second]));

        Assert.Equal([.. first, second], await WholeLogAsync(store, statement.Id));
    }

    [SkippableFact]
    public async Task Reading_a_range_returns_the_versions_after_the_first_bound_up_to_the_second()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var ops = Enumerable.Range(1, 6).Select(v => StoreTestData.Insert(statement, v, $"op {v}")).ToArray();
        await store.AppendAsync(ops);

        Assert.Equal(ops[2..5], await store.ReadOpsAsync(statement.Id, 2, 5));
        Assert.Equal(ops[4..], await store.ReadOpsAsync(statement.Id, 4, 100));
        Assert.Empty(await store.ReadOpsAsync(statement.Id, 6, 10));
        Assert.Empty(await store.ReadOpsAsync(statement.Id, 3, 3));
    }

    [SkippableFact]
    public async Task Head_version_and_update_time_follow_appends()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var batch = new[] { StoreTestData.Insert(statement, 1, "a"), StoreTestData.Insert(statement, 2, "b") };

        await store.AppendAsync(batch);
        var afterBatch = await store.FindStatementAsync(statement.Id);
        var single = StoreTestData.Insert(statement, 3, "c");
        await store.AppendAsync([single]);
        var afterSingle = await store.FindStatementAsync(statement.Id);

        Assert.Equal((2L, batch[1].CommittedAt), (afterBatch!.Version, afterBatch.UpdatedAt));
        Assert.Equal((3L, single.CommittedAt), (afterSingle!.Version, afterSingle.UpdatedAt));
        Assert.Equal(statement.CreatedAt, afterSingle.CreatedAt);
    }

    [SkippableFact]
    public async Task Second_writer_of_a_version_gets_a_conflict_and_the_log_is_unchanged()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var winner = StoreTestData.Insert(statement, 1, "first", clientId: "alice", seq: 1);
        await store.AppendAsync([winner]);

        var outcome = await store.AppendAsync([StoreTestData.Insert(statement, 1, "second", clientId: "bob", seq: 1)]);

        Assert.Equal(AppendStatus.VersionConflict, outcome.Status);
        Assert.Equal([winner], await WholeLogAsync(store, statement.Id));
        Assert.Equal(1, (await store.FindStatementAsync(statement.Id))!.Version);
        Assert.Null(await store.FindSubmissionAsync(statement.Id, "bob", 1));
    }

    [SkippableFact]
    public async Task Batch_overlapping_committed_versions_writes_none_of_its_ops()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        CommittedOp[] committed = [StoreTestData.Insert(statement, 1, "a", "alice", 1), StoreTestData.Insert(statement, 2, "b", "alice", 2)];
        await store.AppendAsync(committed);

        var outcome = await store.AppendAsync(
            [StoreTestData.Insert(statement, 2, "x", "bob", 1), StoreTestData.Insert(statement, 3, "y", "bob", 2)]);

        Assert.Equal(AppendStatus.VersionConflict, outcome.Status);
        Assert.Equal(committed, await WholeLogAsync(store, statement.Id));
    }

    [SkippableFact]
    public async Task Batch_starting_past_the_head_is_a_conflict_and_leaves_no_gap()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);

        var outcome = await store.AppendAsync([StoreTestData.Insert(statement, 2, "too far ahead")]);

        Assert.Equal(AppendStatus.VersionConflict, outcome.Status);
        Assert.Empty(await WholeLogAsync(store, statement.Id));
        Assert.Equal(0, (await store.FindStatementAsync(statement.Id))!.Version);
    }

    [SkippableFact]
    public async Task Resent_submission_reports_its_original_version_and_writes_nothing()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var original = StoreTestData.Insert(statement, 1, "hello", clientId: "alice", seq: 7);
        await store.AppendAsync([original]);
        var other = StoreTestData.Insert(statement, 2, "world", clientId: "bob", seq: 1);
        await store.AppendAsync([other]);

        var outcome = await store.AppendAsync([StoreTestData.Insert(statement, 3, "hello", clientId: "alice", seq: 7)]);

        Assert.Equal(new AppendOutcome(AppendStatus.DuplicateSubmission, 1), outcome);
        Assert.Equal([original, other], await WholeLogAsync(store, statement.Id));
    }

    [SkippableFact]
    public async Task Batch_with_a_resent_submission_in_the_middle_writes_nothing()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var original = StoreTestData.Insert(statement, 1, "a", clientId: "alice", seq: 1);
        await store.AppendAsync([original]);

        var outcome = await store.AppendAsync(
        [
            StoreTestData.Insert(statement, 2, "b", clientId: "alice", seq: 2),
            StoreTestData.Insert(statement, 3, "a", clientId: "alice", seq: 1),
            StoreTestData.Insert(statement, 4, "c", clientId: "alice", seq: 3),
        ]);

        Assert.Equal(new AppendOutcome(AppendStatus.DuplicateSubmission, 1), outcome);
        Assert.Equal([original], await WholeLogAsync(store, statement.Id));
        Assert.Equal(1, (await store.FindStatementAsync(statement.Id))!.Version);
    }

    [SkippableFact]
    public async Task Same_seq_from_another_client_is_a_new_submission()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        await store.AppendAsync([StoreTestData.Insert(statement, 1, "a", clientId: "alice", seq: 1)]);

        var outcome = await store.AppendAsync([StoreTestData.Insert(statement, 2, "b", clientId: "bob", seq: 1)]);

        Assert.Equal(AppendOutcome.Committed, outcome);
    }

    [SkippableFact]
    public async Task Submission_is_found_by_client_and_seq()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var op = StoreTestData.Insert(statement, 1, "a", clientId: "alice", seq: 42);
        await store.AppendAsync([op]);

        Assert.Equal(op, await store.FindSubmissionAsync(statement.Id, "alice", 42));
        Assert.Null(await store.FindSubmissionAsync(statement.Id, "alice", 43));
        Assert.Null(await store.FindSubmissionAsync(statement.Id, "bob", 42));
    }

    [SkippableFact]
    public async Task Ops_round_trip_exactly_whatever_their_text()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        const string tricky = "Kinderschutz 👩‍👩‍👧 儿童保护 «quotes» \"double\" 'single' back\\slash \\n not a newline\nreal newline\r\n\ttab é (e + U+0301) حماية 🇪🇺";
        var inserted = StoreTestData.Op(statement, 1, new TextOp([OpComponent.Insert(tricky)]), "alice", 1);
        var edited = StoreTestData.Op(
            statement,
            2,
            new TextOp([OpComponent.Retain(13), OpComponent.Delete("👩‍👩‍👧"), OpComponent.Insert("🧒\"\\"), OpComponent.Retain(5), OpComponent.DeleteCount(2)]),
            "alice",
            2);
        await store.AppendAsync([inserted, edited]);

        var log = await WholeLogAsync(store, statement.Id);

        Assert.Equal([inserted, edited], log);
        Assert.Equal(tricky, log[0].Op.Components[0].Text);
        Assert.Equal(edited.Op.ToString(), log[1].Op.ToString());
    }

    [SkippableFact]
    public async Task Appending_to_an_unknown_statement_is_refused()
    {
        var store = await NewStoreAsync();
        var ghost = StoreTestData.Statement("Never created");

        var error = await Assert.ThrowsAsync<StoreException>(
            () => store.AppendAsync([StoreTestData.Insert(ghost, 1, "a")]));

        Assert.Equal(StoreException.UnknownStatement, error.Code);
        Assert.Empty(await WholeLogAsync(store, ghost.Id));
        Assert.Null(await store.FindStatementAsync(ghost.Id));
    }

    [SkippableFact]
    public async Task Empty_batch_is_refused()
    {
        var store = await NewStoreAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync([]));
    }

    [SkippableFact]
    public async Task Batch_spanning_two_statements_is_refused_and_writes_nothing()
    {
        var store = await NewStoreAsync();
        var one = await CreatedAsync(store, "One");
        var two = await CreatedAsync(store, "Two");

        await Assert.ThrowsAsync<ArgumentException>(
            () => store.AppendAsync([StoreTestData.Insert(one, 1, "a"), StoreTestData.Insert(two, 2, "b")]));

        Assert.Empty(await WholeLogAsync(store, one.Id));
        Assert.Empty(await WholeLogAsync(store, two.Id));
    }

    [SkippableFact]
    public async Task Batch_with_a_gap_between_its_versions_is_refused_and_writes_nothing()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);

        await Assert.ThrowsAsync<ArgumentException>(
            () => store.AppendAsync([StoreTestData.Insert(statement, 1, "a"), StoreTestData.Insert(statement, 3, "b")]));

        Assert.Empty(await WholeLogAsync(store, statement.Id));
    }

    [SkippableFact]
    public async Task Batch_holding_one_submission_twice_is_refused_and_writes_nothing()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);

        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync(
            [StoreTestData.Insert(statement, 1, "a", "alice", 1), StoreTestData.Insert(statement, 2, "b", "alice", 1)]));

        Assert.Empty(await WholeLogAsync(store, statement.Id));
    }
}
