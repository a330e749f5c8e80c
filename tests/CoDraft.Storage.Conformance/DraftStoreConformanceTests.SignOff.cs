using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

public abstract partial class DraftStoreConformanceTests
{
    [SkippableFact]
    public async Task Opening_a_round_stores_it_and_puts_the_statement_in_review()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        await store.AppendAsync([StoreTestData.Insert(statement, 1, "We call on the EU.")]);
        var round = StoreTestData.Round(statement, 1, "We call on the EU.") with { Deadline = StoreTestData.NextTime() };
        var openedAt = StoreTestData.NextTime();

        Assert.True(await store.OpenRoundAsync(round, "lead", openedAt));
        Assert.False(await store.OpenRoundAsync(StoreTestData.Round(statement, 1, "We call on the EU."), "lead", StoreTestData.NextTime()));

        var stored = Assert.Single(await store.ListRoundsAsync(statement.Id));
        Assert.Equal((round.Id, round.Deadline, "lead", openedAt), (stored.Round.Id, stored.Round.Deadline, stored.OpenedBy, stored.OpenedAt));
        Assert.Equal(round.RequiredOrganisations, stored.Round.RequiredOrganisations);
        Assert.Equal(round.Candidates, stored.Round.Candidates);
        Assert.Empty(stored.Decisions);
        Assert.Equal(StatementState.InReview, (await store.FindLifecycleAsync(statement.Id)).State);
    }

    [SkippableFact]
    public async Task Decisions_are_kept_in_order_and_only_about_the_current_candidate()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        await store.AppendAsync([StoreTestData.Insert(statement, 1, "Draft.")]);
        var round = StoreTestData.Round(statement, 1, "Draft.");
        await store.OpenRoundAsync(round, "lead", StoreTestData.NextTime());
        var first = round.Current;
        await store.AppendAsync([StoreTestData.Insert(statement, 2, "Fixed ")]);
        var second = new SignOffCandidate(2, TextHash.Sha256("Fixed Draft."), StoreTestData.NextTime());
        var partner = round.RequiredOrganisations[1];

        Assert.True(await store.AddDecisionAsync(statement.Id, round.Id, StoreTestData.Decision(partner, first, SignOffDecisionKind.RequestChanges, "Say 'now'.")));
        Assert.True(await store.AddCandidateAsync(statement.Id, round.Id, second));
        Assert.False(await store.AddCandidateAsync(statement.Id, round.Id, second));
        Assert.False(await store.AddDecisionAsync(statement.Id, round.Id, StoreTestData.Decision(partner, first, SignOffDecisionKind.Approve)));
        Assert.True(await store.AddDecisionAsync(statement.Id, round.Id, StoreTestData.Decision(partner, second, SignOffDecisionKind.Approve)));

        var stored = Assert.Single(await store.ListRoundsAsync(statement.Id));
        Assert.Equal([first, second], stored.Round.Candidates);
        Assert.Equal(
            [(SignOffDecisionKind.RequestChanges, 1L, "Say 'now'."), (SignOffDecisionKind.Approve, 2L, null)],
            stored.Decisions.Select(d => (d.Kind, d.CandidateVersion, d.Comment)));
    }

    [SkippableFact]
    public async Task Only_the_current_round_of_a_statement_in_review_takes_candidates_and_decisions()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var old = StoreTestData.Round(statement, 0, "");
        await store.OpenRoundAsync(old, "lead", StoreTestData.NextTime());
        await store.ChangeStateAsync(new StateChange(statement.Id, StatementState.InReview, StatementState.Drafting, "lead", StoreTestData.NextTime()));
        var withdrawn = StoreTestData.Decision(old.RequiredOrganisations[0], old.Current, SignOffDecisionKind.Approve);

        Assert.False(await store.AddDecisionAsync(statement.Id, old.Id, withdrawn));
        var current = StoreTestData.Round(statement, 0, "");
        Assert.True(await store.OpenRoundAsync(current, "lead", StoreTestData.NextTime()));
        Assert.False(await store.AddDecisionAsync(statement.Id, old.Id, withdrawn));
        Assert.False(await store.AddCandidateAsync(statement.Id, old.Id, new SignOffCandidate(0, TextHash.Sha256("x"), StoreTestData.NextTime())));
        Assert.True(await store.AddDecisionAsync(statement.Id, current.Id, StoreTestData.Decision(current.RequiredOrganisations[0], current.Current, SignOffDecisionKind.Decline, "No.")));

        var rounds = await store.ListRoundsAsync(statement.Id);
        Assert.Equal([old.Id, current.Id], rounds.Select(r => r.Round.Id));
        Assert.Empty(rounds[0].Decisions);
        Assert.Single(rounds[1].Decisions);
    }

    [SkippableFact]
    public async Task Concurrent_decisions_are_all_kept()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var round = StoreTestData.Round(statement, 0, "") with { RequiredOrganisations = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid()).ToList() };
        await store.OpenRoundAsync(round, "lead", StoreTestData.NextTime());

        var added = await Task.WhenAll(round.RequiredOrganisations.Select(org => Task.Run(() =>
            store.AddDecisionAsync(statement.Id, round.Id, StoreTestData.Decision(org, round.Current, SignOffDecisionKind.Approve)))));

        Assert.All(added, Assert.True);
        var stored = Assert.Single(await store.ListRoundsAsync(statement.Id));
        Assert.Equal(round.RequiredOrganisations.Order(), stored.Decisions.Select(d => d.OrganisationId).Order());
        Assert.True(stored.Round.AllApproved(stored.Decisions, round.Current.Sha256));
    }

    [SkippableFact]
    public async Task A_round_without_exactly_one_candidate_is_refused()
    {
        var store = await NewStoreAsync();
        var statement = await CreatedAsync(store);
        var round = StoreTestData.Round(statement, 0, "");

        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenRoundAsync(round with { Candidates = [] }, "lead", StoreTestData.NextTime()));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenRoundAsync(round with { RequiredOrganisations = [] }, "lead", StoreTestData.NextTime()));
        Assert.Empty(await store.ListRoundsAsync(statement.Id));
        Assert.Equal(StatementState.Drafting, (await store.FindLifecycleAsync(statement.Id)).State);
    }
}
