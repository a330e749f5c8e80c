using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task Publishing_approved_text_at_its_head_stores_it_and_makes_the_statement_published()
    {
        var store = await NewStoreAsync();
        var statement = await ApprovedAsync(store, "We call on the EU.");
        var publication = StoreTestData.Publication(statement, 1, "We call on the EU.") with { PublicFrom = StoreTestData.NextTime() };

        var outcome = await store.PublishAsync(publication);

        Assert.Equal(new PublishOutcome(PublishStatus.Published, StatementState.Published, 1), outcome);
        Assert.Equal(publication, await store.FindPublicationAsync(statement.Id));
        Assert.Equal(StatementState.Published, (await store.FindLifecycleAsync(statement.Id)).State);
        Assert.Null(await store.FindPublicationAsync(Guid.NewGuid()));
    }

    [SkippableFact]
    public async Task An_embargo_can_be_moved_or_lifted_only_while_it_lasts()
    {
        var store = await NewStoreAsync();
        var embargoed = await ApprovedAsync(store, "Embargoed.");
        var open = await ApprovedAsync(store, "Public at once.");
        var now = StoreTestData.NextTime();
        var publication = StoreTestData.Publication(embargoed, 1, "Embargoed.") with { PublicFrom = now.AddDays(2) };
        await store.PublishAsync(publication);
        await store.PublishAsync(StoreTestData.Publication(open, 1, "Public at once."));

        Assert.True(await store.SetPublicFromAsync(embargoed.Id, now.AddDays(5), now));
        Assert.Equal(publication with { PublicFrom = now.AddDays(5) }, await store.FindPublicationAsync(embargoed.Id));

        Assert.True(await store.SetPublicFromAsync(embargoed.Id, now, now));
        var lifted = await store.FindPublicationAsync(embargoed.Id);
        Assert.Equal(publication with { PublicFrom = now }, lifted);
        Assert.True(lifted!.IsPublicAt(now));

        // Public now: its public date stays, and a publication without an embargo has none to move.
        Assert.False(await store.SetPublicFromAsync(embargoed.Id, now.AddDays(9), now));
        Assert.Equal(now, (await store.FindPublicationAsync(embargoed.Id))!.PublicFrom);
        Assert.False(await store.SetPublicFromAsync(open.Id, now.AddDays(9), now));
        Assert.Null((await store.FindPublicationAsync(open.Id))!.PublicFrom);
        Assert.False(await store.SetPublicFromAsync(Guid.NewGuid(), now.AddDays(9), now));
    }

    [SkippableFact]
    public async Task Publishing_is_refused_when_an_edit_landed_after_the_approval()
    {
        var store = await NewStoreAsync();
        var statement = await ApprovedAsync(store, "We call on the EU.");
        await store.AppendAsync([StoreTestData.Insert(statement, 2, "Unapproved: ")]);

        var outcome = await store.PublishAsync(StoreTestData.Publication(statement, 1, "We call on the EU."));

        Assert.Equal(new PublishOutcome(PublishStatus.HeadMoved, StatementState.Approved, 2), outcome);
        Assert.Null(await store.FindPublicationAsync(statement.Id));
        Assert.Equal(StatementState.Approved, (await store.FindLifecycleAsync(statement.Id)).State);
    }

    [SkippableFact]
    public async Task Publishing_is_refused_unless_the_statement_is_approved_and_happens_once()
    {
        var store = await NewStoreAsync();
        var drafting = await CreatedAsync(store);
        var approved = await ApprovedAsync(store, "Text.");

        var early = await store.PublishAsync(StoreTestData.Publication(drafting, 0, ""));
        var first = await store.PublishAsync(StoreTestData.Publication(approved, 1, "Text."));
        var again = await store.PublishAsync(StoreTestData.Publication(approved, 1, "Text."));

        Assert.Equal(PublishStatus.NotApproved, early.Status);
        Assert.Equal(PublishStatus.Published, first.Status);
        Assert.Equal(new PublishOutcome(PublishStatus.NotApproved, StatementState.Published, 1), again);
        Assert.Equal([approved.Id], (await store.ListPublicationsAsync()).Select(p => p.StatementId));
    }

    [SkippableFact]
    public async Task A_publish_racing_an_edit_either_publishes_the_approved_text_or_nothing()
    {
        var store = await NewStoreAsync();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var statement = await ApprovedAsync(store, "Approved text.");

            var publish = Task.Run(() => store.PublishAsync(StoreTestData.Publication(statement, 1, "Approved text.")));
            var edit = Task.Run(() => store.AppendAsync([StoreTestData.Insert(statement, 2, "Late edit. ")]));
            var (outcome, appended) = (await publish, await edit);

            Assert.Equal(AppendStatus.Committed, appended.Status);
            var published = await store.FindPublicationAsync(statement.Id);
            if (outcome.Status == PublishStatus.Published)
            {
                Assert.Equal("Approved text.", published!.Text);
            }
            else
            {
                Assert.Equal(PublishStatus.HeadMoved, outcome.Status);
                Assert.Null(published);
            }
        }
    }

    [SkippableFact]
    public async Task Publications_are_listed_newest_first_and_a_hash_not_of_the_text_is_refused()
    {
        var store = await NewStoreAsync();
        var (older, newer) = (await ApprovedAsync(store, "One."), await ApprovedAsync(store, "Two."));
        await store.PublishAsync(StoreTestData.Publication(older, 1, "One."));
        await store.PublishAsync(StoreTestData.Publication(newer, 1, "Two."));

        await Assert.ThrowsAsync<ArgumentException>(() => store.PublishAsync(StoreTestData.Publication(newer, 1, "Two.") with { Text = "Changed." }));
        Assert.Equal([newer.Id, older.Id], (await store.ListPublicationsAsync()).Select(p => p.StatementId));
    }

    /// <summary>A statement whose text (version 1) went through a round that its one required organisation approved.</summary>
    private static async Task<StatementRecord> ApprovedAsync(IDraftStore store, string text)
    {
        var statement = await CreatedAsync(store);
        await store.AppendAsync([StoreTestData.Insert(statement, 1, text)]);
        await store.OpenRoundAsync(StoreTestData.Round(statement, 1, text), "lead", StoreTestData.NextTime());
        Assert.True(await store.ChangeStateAsync(new StateChange(statement.Id, StatementState.InReview, StatementState.Approved, "lead", StoreTestData.NextTime(), HeadVersion: 1)));
        return statement;
    }
}
