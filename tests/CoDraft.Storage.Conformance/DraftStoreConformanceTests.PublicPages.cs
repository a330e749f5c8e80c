using CoDraft.Core.Accounts;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Publishing;
using CoDraft.Core.Storage;

namespace CoDraft.Storage.Conformance;

/// <summary>Schema 4: public slugs, sign-on requests and their moderation, corrections and reconfirmations.</summary>
public abstract partial class DraftStoreConformanceTests
{
    private static async Task<StatementRecord> PublishedAsync(IDraftStore store, string text = "We call on the EU.")
    {
        var statement = await ApprovedAsync(store, text);
        Assert.Equal(PublishStatus.Published, (await store.PublishAsync(StoreTestData.Publication(statement, 1, text))).Status);
        return statement;
    }

    private static SignOnRequest SignOn(StatementRecord statement, string name, string email = "contact@example.org") => new(
        Guid.NewGuid(), statement.Id, name, OrganisationName.Normalise(name), "DE", OrganisationType.Ngo, "https://example.org",
        "Clara Contact", email, true, SignOnStatus.Pending, StoreTestData.NextTime(), null, null);

    private static Correction CorrectionOf(StatementRecord statement, long number, string text, string reason = "A typo.") =>
        new(statement.Id, number, TextHash.Sha256(text), text, reason, StoreTestData.NextTime(), "lead");

    [SkippableFact]
    public async Task A_statement_keeps_the_first_slug_it_claims_and_no_two_statements_share_one()
    {
        var store = await NewStoreAsync();
        var first = await CreatedAsync(store);
        var second = await CreatedAsync(store);

        var claimed = await store.ClaimPublicSlugAsync(first.Id, "open-letter", StoreTestData.NextTime());
        var again = await store.ClaimPublicSlugAsync(first.Id, "another-name", StoreTestData.NextTime());
        var taken = await store.ClaimPublicSlugAsync(second.Id, "open-letter", StoreTestData.NextTime());
        var own = await store.ClaimPublicSlugAsync(second.Id, "open-letter-2", StoreTestData.NextTime());

        Assert.Equal(("open-letter", "open-letter", (string?)null, "open-letter-2"), (claimed, again, taken, own));
        Assert.Equal("open-letter", await store.FindPublicSlugAsync(first.Id));
        Assert.Equal(second.Id, await store.FindStatementBySlugAsync("open-letter-2"));
        Assert.Null(await store.FindStatementBySlugAsync("another-name"));
        Assert.Null(await store.FindPublicSlugAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<StoreException>(() => store.ClaimPublicSlugAsync(Guid.NewGuid(), "nobody", StoreTestData.NextTime()));
    }

    [SkippableFact]
    public async Task A_sign_on_request_is_stored_pending_and_read_back_exactly()
    {
        var store = await NewStoreAsync();
        var statement = await PublishedAsync(store);
        var request = SignOn(statement, "Kinderschutz «Bund» e.V.") with { Website = null };

        Assert.True(await store.AddSignOnRequestAsync(request));

        Assert.Equal(request, await store.FindSignOnRequestAsync(statement.Id, request.Id));
        Assert.Equal([request], await store.ListSignOnRequestsAsync(statement.Id));
        Assert.Null(await store.FindSignOnRequestAsync(Guid.NewGuid(), request.Id));
    }

    [SkippableFact]
    public async Task A_second_live_request_with_the_same_normalised_name_is_refused_until_the_first_is_rejected()
    {
        var store = await NewStoreAsync();
        var statement = await PublishedAsync(store);
        var other = await PublishedAsync(store);
        var first = SignOn(statement, "Save the Children e.V.");

        Assert.True(await store.AddSignOnRequestAsync(first));
        Assert.False(await store.AddSignOnRequestAsync(SignOn(statement, "SAVE THE CHILDREN")));
        Assert.True(await store.AddSignOnRequestAsync(SignOn(other, "SAVE THE CHILDREN")));
        await store.ModerateSignOnRequestAsync(statement.Id, first.Id, SignOnStatus.Rejected, "lead", StoreTestData.NextTime());
        var retry = SignOn(statement, "Save the children");
        Assert.True(await store.AddSignOnRequestAsync(retry));
        await store.ModerateSignOnRequestAsync(statement.Id, retry.Id, SignOnStatus.Approved, "lead", StoreTestData.NextTime());
        Assert.False(await store.AddSignOnRequestAsync(SignOn(statement, "The Save the Children Ltd")));

        Assert.Equal([first.Id, retry.Id], (await store.ListSignOnRequestsAsync(statement.Id)).Select(r => r.Id));
    }

    [SkippableFact]
    public async Task Concurrent_requests_of_one_organisation_store_exactly_one()
    {
        var store = await NewStoreAsync();
        var statement = await PublishedAsync(store);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => store.AddSignOnRequestAsync(SignOn(statement, i % 2 == 0 ? "Open Net" : "open net e.V.")))));

        Assert.Single(results, r => r);
        Assert.Single(await store.ListSignOnRequestsAsync(statement.Id));
    }

    [SkippableFact]
    public async Task A_request_is_moderated_once()
    {
        var store = await NewStoreAsync();
        var statement = await PublishedAsync(store);
        var request = SignOn(statement, "Open Net");
        await store.AddSignOnRequestAsync(request);
        var at = StoreTestData.NextTime();

        var approved = await store.ModerateSignOnRequestAsync(statement.Id, request.Id, SignOnStatus.Approved, "lead-1", at);
        var again = await store.ModerateSignOnRequestAsync(statement.Id, request.Id, SignOnStatus.Rejected, "lead-2", StoreTestData.NextTime());
        var elsewhere = await store.ModerateSignOnRequestAsync(Guid.NewGuid(), request.Id, SignOnStatus.Rejected, "lead-2", at);

        Assert.Equal(request with { Status = SignOnStatus.Approved, ModeratedBy = "lead-1", ModeratedAt = at }, approved);
        Assert.Null(again);
        Assert.Null(elsewhere);
        Assert.Equal(approved, await store.FindSignOnRequestAsync(statement.Id, request.Id));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ModerateSignOnRequestAsync(statement.Id, request.Id, SignOnStatus.Pending, "lead", at));
    }

    [SkippableFact]
    public async Task Corrections_are_numbered_from_one_only_for_a_published_statement()
    {
        var store = await NewStoreAsync();
        var published = await PublishedAsync(store);
        var approved = await ApprovedAsync(store, "Not yet public.");

        Assert.False(await store.AddCorrectionAsync(CorrectionOf(approved, 1, "Fixed.")));
        Assert.False(await store.AddCorrectionAsync(CorrectionOf(published, 2, "Skips one.")));
        var first = CorrectionOf(published, 1, "We call on the EU «now».", "The date was missing.");
        Assert.True(await store.AddCorrectionAsync(first));
        Assert.False(await store.AddCorrectionAsync(CorrectionOf(published, 1, "Same number.")));
        var second = CorrectionOf(published, 2, "We call on the EU now.");
        Assert.True(await store.AddCorrectionAsync(second));

        Assert.Equal([first, second], await store.ListCorrectionsAsync(published.Id));
        Assert.Empty(await store.ListCorrectionsAsync(approved.Id));
        Assert.Throws<ArgumentException>(() => (first with { Sha256 = TextHash.Sha256("other") }).Validate());
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddCorrectionAsync(first with { Number = 3, Sha256 = TextHash.Sha256("other") }));
    }

    [SkippableFact]
    public async Task Concurrent_corrections_with_one_number_store_one()
    {
        var store = await NewStoreAsync();
        var published = await PublishedAsync(store);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => store.AddCorrectionAsync(CorrectionOf(published, 1, $"Version {i}.")))));

        Assert.Single(results, r => r);
        Assert.Single(await store.ListCorrectionsAsync(published.Id));
    }

    [SkippableFact]
    public async Task A_reconfirmation_needs_its_correction_and_a_later_answer_replaces_the_earlier()
    {
        var store = await NewStoreAsync();
        var published = await PublishedAsync(store);
        var organisation = Guid.NewGuid();
        var other = Guid.NewGuid();
        var early = new Reconfirmation(published.Id, 1, organisation, ReconfirmationDecision.Reconfirmed, "signatory", StoreTestData.NextTime());

        Assert.False(await store.SetReconfirmationAsync(early));
        await store.AddCorrectionAsync(CorrectionOf(published, 1, "Fixed."));
        Assert.True(await store.SetReconfirmationAsync(early));
        var changed = early with { Decision = ReconfirmationDecision.Withdrawn, PersonId = "other-signatory", At = StoreTestData.NextTime() };
        Assert.True(await store.SetReconfirmationAsync(changed));
        var second = new Reconfirmation(published.Id, 1, other, ReconfirmationDecision.Reconfirmed, "s2", StoreTestData.NextTime());
        Assert.True(await store.SetReconfirmationAsync(second));

        var stored = await store.ListReconfirmationsAsync(published.Id);
        Assert.Equal(2, stored.Count);
        Assert.Contains(changed, stored);
        Assert.Contains(second, stored);
        Assert.Empty(await store.ListReconfirmationsAsync(Guid.NewGuid()));
    }
}
