using CoDraft.Core.Review;
using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task A_thread_reads_back_with_its_replies_in_order()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var thread = NewThread(statement, new Anchor(4, 9, "child", false), 3);
        await store.AddThreadAsync(thread);
        var first = NewReply("I agree.");
        var second = NewReply("Not quite — see §2. 😀");

        Assert.True(await store.AddReplyAsync(statement.Id, thread.Id, first));
        Assert.True(await store.AddReplyAsync(statement.Id, thread.Id, second));

        var expected = thread with { Replies = [first, second] };
        Assert.Equal(expected, await store.FindThreadAsync(statement.Id, thread.Id));
        Assert.Equal([expected], await store.ListThreadsAsync(statement.Id));
    }

    [SkippableFact]
    public async Task Threads_are_listed_oldest_first_and_only_under_their_statement()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var other = await CreatedAsync(store, "Another letter");
        var older = NewThread(statement, new Anchor(0, 2, "We", false), 1);
        var newer = NewThread(statement, new Anchor(3, 7, "call", false), 1);
        await store.AddThreadAsync(older);
        await store.AddThreadAsync(newer);
        await store.AddThreadAsync(NewThread(other, new Anchor(0, 1, "A", false), 1));

        Assert.Equal([older.Id, newer.Id], (await store.ListThreadsAsync(statement.Id)).Select(t => t.Id));
        Assert.Null(await store.FindThreadAsync(other.Id, older.Id));
        Assert.False(await store.AddReplyAsync(other.Id, older.Id, NewReply("Wrong statement")));
        Assert.False(await store.AddReplyAsync(statement.Id, Guid.NewGuid(), NewReply("No such thread")));
        Assert.Empty((await store.FindThreadAsync(statement.Id, older.Id))!.Replies);
    }

    [SkippableFact]
    public async Task A_thread_id_or_an_unknown_statement_is_refused()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var thread = NewThread(statement, new Anchor(0, 2, "We", false), 1);
        await store.AddThreadAsync(thread);

        var duplicate = await Assert.ThrowsAsync<StoreException>(() => store.AddThreadAsync(thread));
        var unknown = await Assert.ThrowsAsync<StoreException>(() => store.AddThreadAsync(thread with { Id = Guid.NewGuid(), StatementId = Guid.NewGuid() }));

        Assert.Equal(StoreException.DuplicateReviewItem, duplicate.Code);
        Assert.Equal(StoreException.UnknownStatement, unknown.Code);
        Assert.Single(await store.ListThreadsAsync(statement.Id));
    }

    [SkippableFact]
    public async Task Resolving_and_reopening_record_who_and_when_and_doing_it_twice_changes_nothing()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var thread = NewThread(statement, new Anchor(0, 2, "We", false), 1);
        await store.AddThreadAsync(thread);
        var (resolver, resolvedAt) = (Guid.NewGuid(), StoreTestData.NextTime());

        Assert.True(await store.SetThreadStatusAsync(statement.Id, thread.Id, ThreadStatus.Resolved, resolver, resolvedAt));
        Assert.False(await store.SetThreadStatusAsync(statement.Id, thread.Id, ThreadStatus.Resolved, Guid.NewGuid(), StoreTestData.NextTime()));
        var resolved = (await store.FindThreadAsync(statement.Id, thread.Id))!;
        Assert.Equal((ThreadStatus.Resolved, resolver, resolvedAt), (resolved.Status, resolved.StatusChangedBy, resolved.StatusChangedAt));

        var (opener, openedAt) = (Guid.NewGuid(), StoreTestData.NextTime());
        Assert.True(await store.SetThreadStatusAsync(statement.Id, thread.Id, ThreadStatus.Open, opener, openedAt));
        var reopened = (await store.FindThreadAsync(statement.Id, thread.Id))!;
        Assert.Equal((ThreadStatus.Open, opener, openedAt), (reopened.Status, reopened.StatusChangedBy, reopened.StatusChangedAt));
        Assert.False(await store.SetThreadStatusAsync(statement.Id, Guid.NewGuid(), ThreadStatus.Resolved, opener, openedAt));
    }

    [SkippableFact]
    public async Task A_suggestion_reads_back_and_is_decided_only_while_open()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var suggestion = NewSuggestion(statement, new Anchor(3, 7, "call", false), "urge");
        await store.AddSuggestionAsync(suggestion);
        Assert.Equal(suggestion, await store.FindSuggestionAsync(statement.Id, suggestion.Id));

        var accepted = new SuggestionDecision(suggestion.Id, SuggestionState.Accepted, Guid.NewGuid(), StoreTestData.NextTime(), 8);
        Assert.Equal([suggestion.Id], await store.DecideSuggestionsAsync(statement.Id, [accepted]));
        Assert.Empty(await store.DecideSuggestionsAsync(statement.Id, [accepted with { State = SuggestionState.Rejected, AppliedVersion = null }]));

        var found = (await store.FindSuggestionAsync(statement.Id, suggestion.Id))!;
        Assert.Equal(
            suggestion with { State = SuggestionState.Accepted, DecidedBy = accepted.DecidedBy, DecidedAt = accepted.DecidedAt, AppliedVersion = 8 },
            found);
        Assert.Null(await store.FindSuggestionAsync(Guid.NewGuid(), suggestion.Id));
    }

    [SkippableFact]
    public async Task Decisions_on_several_suggestions_skip_those_decided_before()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var first = NewSuggestion(statement, new Anchor(0, 2, "We", false), "They");
        var second = NewSuggestion(statement, new Anchor(3, 7, "call", false), "urge");
        var third = NewSuggestion(statement, new Anchor(8, 10, "on", false), "upon");
        foreach (var s in new[] { first, second, third })
        {
            await store.AddSuggestionAsync(s);
        }
        var lead = Guid.NewGuid();
        await store.DecideSuggestionsAsync(statement.Id, [new SuggestionDecision(second.Id, SuggestionState.Rejected, lead, StoreTestData.NextTime(), null)]);

        var at = StoreTestData.NextTime();
        var decided = await store.DecideSuggestionsAsync(statement.Id,
            new[] { first, second, third }.Select(s => new SuggestionDecision(s.Id, SuggestionState.Superseded, lead, at, null)).ToList());

        Assert.Equal([first.Id, third.Id], decided);
        Assert.Equal(
            [SuggestionState.Superseded, SuggestionState.Rejected, SuggestionState.Superseded],
            (await store.ListSuggestionsAsync(statement.Id)).Select(s => s.State));
    }

    [SkippableFact]
    public async Task Anchors_move_in_one_batch_and_never_back_to_an_older_version()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var thread = NewThread(statement, new Anchor(4, 9, "child", false), 3);
        var suggestion = NewSuggestion(statement, new Anchor(10, 20, "protection", false), "rights") with { AnchorVersion = 3 };
        await store.AddThreadAsync(thread);
        await store.AddSuggestionAsync(suggestion);
        var threadAt10 = new Anchor(14, 19, "child", false);
        var suggestionAt10 = new Anchor(12, 12, "protection", true);

        await store.SaveAnchorsAsync(statement.Id, 10, [new AnchorMove(ReviewItemKind.Thread, thread.Id, threadAt10), new AnchorMove(ReviewItemKind.Suggestion, suggestion.Id, suggestionAt10)]);
        await store.SaveAnchorsAsync(statement.Id, 7, [new AnchorMove(ReviewItemKind.Thread, thread.Id, new Anchor(0, 1, "child", false))]);
        await store.SaveAnchorsAsync(statement.Id, 10, [new AnchorMove(ReviewItemKind.Thread, thread.Id, new Anchor(1, 2, "child", false))]);

        var foundThread = (await store.FindThreadAsync(statement.Id, thread.Id))!;
        Assert.Equal((threadAt10, 10L), (foundThread.Anchor, foundThread.AnchorVersion));
        var foundSuggestion = (await store.FindSuggestionAsync(statement.Id, suggestion.Id))!;
        Assert.Equal((suggestionAt10, 10L), (foundSuggestion.Anchor, foundSuggestion.AnchorVersion));
    }

    [SkippableFact]
    public async Task Threads_and_suggestions_survive_a_restart()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var thread = NewThread(statement, new Anchor(0, 2, "We", false), 1);
        var suggestion = NewSuggestion(statement, new Anchor(0, 2, "We", false), "They");
        await store.AddThreadAsync(thread);
        var reply = NewReply("Yes.");
        await store.AddReplyAsync(statement.Id, thread.Id, reply);
        await store.AddSuggestionAsync(suggestion);

        var reopened = await ReopenedAsync(store);

        Assert.Equal([thread with { Replies = [reply] }], await reopened.ListThreadsAsync(statement.Id));
        Assert.Equal([suggestion], await reopened.ListSuggestionsAsync(statement.Id));
    }

    private static CommentThread NewThread(StatementRecord statement, Anchor anchor, long version) =>
        new(Guid.NewGuid(), statement.Id, anchor, version, Guid.NewGuid(), Guid.NewGuid(), "Could this be stronger?", StoreTestData.NextTime(),
            ThreadStatus.Open, null, null, []);

    private static CommentReply NewReply(string body) => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), body, StoreTestData.NextTime());

    private static Suggestion NewSuggestion(StatementRecord statement, Anchor anchor, string replacement) =>
        new(Guid.NewGuid(), statement.Id, anchor, 2, replacement, Guid.NewGuid(), Guid.NewGuid(), StoreTestData.NextTime(), 2,
            SuggestionState.Open, null, null, null);
}
