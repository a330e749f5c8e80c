using CoDraft.Server.Tests.Auth;
using CoDraft.Server.Tests.Infrastructure;
using static CoDraft.Server.Tests.Infrastructure.Caller;

namespace CoDraft.Server.Tests.Review;

/// <summary>Suggestions through the REST API: made by commenters and editors, decided by leads, never applied blindly.</summary>
public sealed class SuggestionsApiTests(CoalitionFixture fixture) : IClassFixture<CoalitionFixture>
{
    private Coalition Coalition => fixture.Coalition;

    [Fact]
    public async Task A_lead_accepts_a_commenters_suggestion_as_a_new_version_of_the_text()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We ask the EU to act.");
        var (_, before) = await statement.TextAsync();
        var suggestion = await statement.SuggestAsync(3, 6, "urge");

        Assert.Equal((3, 6, "ask", "ok"), suggestion.Anchor());
        Assert.Equal(("Open", false, before), (suggestion.GetProperty("state").GetString(), suggestion.GetProperty("editedSince").GetBoolean(),
            suggestion.GetProperty("baseVersion").GetInt64()));

        var report = await statement.PostOkAsync(Lead, $"/suggestions/{suggestion.Id()}/accept");

        var (text, version) = await statement.TextAsync();
        Assert.Equal(("We urge the EU to act.", before + 1), (text, version));
        Assert.Equal([suggestion.Id()], report.GetProperty("accepted").EnumerateArray().Select(i => i.GetGuid()));
        var accepted = await statement.SuggestionAsync(suggestion.Id());
        Assert.Equal(("Accepted", version), (accepted.GetProperty("state").GetString(), accepted.GetProperty("appliedVersion").GetInt64()));
        Assert.Equal(Coalition.Lead.Id, accepted.GetProperty("decidedBy").GetGuid());
        Assert.Equal("We ask the EU to act.", await Coalition.Lead.Client.GetVersionTextAsync(statement.Id, before));
    }

    [Fact]
    public async Task Editors_and_signatories_suggest_too_but_a_viewer_cannot()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We ask the EU to act.");

        await statement.SuggestAsync(0, 2, "They", Editor);
        await statement.SuggestAsync(0, 2, "All of us", Signatory);
        await (await statement.PostAsync(Viewer, "/suggestions", new { start = 0, end = 2, replacement = "I" })).AssertProblemAsync(403, "access.forbidden");

        Assert.Equal(2, (await statement.GetAsync("/suggestions", Viewer)).GetArrayLength());
    }

    [Theory]
    [InlineData(Commenter)]
    [InlineData(Editor)]
    [InlineData(Signatory)]
    public async Task Only_a_lead_decides_suggestions(Caller caller)
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We ask the EU to act.");
        var suggestion = await statement.SuggestAsync(3, 6, "urge");

        await (await statement.PostAsync(caller, $"/suggestions/{suggestion.Id()}/accept")).AssertProblemAsync(403, "access.forbidden");
        await (await statement.PostAsync(caller, $"/suggestions/{suggestion.Id()}/reject")).AssertProblemAsync(403, "access.forbidden");
        await (await statement.PostAsync(caller, "/suggestions/accept-all", new { organisationId = Coalition.PartnerOrganisation }))
            .AssertProblemAsync(403, "access.forbidden");

        Assert.Equal("We ask the EU to act.", (await statement.TextAsync()).Text);
        Assert.Equal("Open", (await statement.SuggestionAsync(suggestion.Id())).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_suggestion_whose_passage_was_edited_since_is_marked_and_refused_with_the_text_unchanged()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We ask the EU to act now.");
        var suggestion = await statement.SuggestAsync(3, 13, "urge the Commission");
        await statement.EditAsync("We ask the Union to act now.");
        var (before, version) = await statement.TextAsync();

        var listed = await statement.SuggestionAsync(suggestion.Id());
        var response = await statement.PostAsync(Lead, $"/suggestions/{suggestion.Id()}/accept");

        Assert.True(listed.GetProperty("editedSince").GetBoolean());
        await response.AssertProblemAsync(409, "suggestion.edited_since");
        Assert.Equal((before, version), await statement.TextAsync());
        Assert.Equal("Open", (await statement.SuggestionAsync(suggestion.Id())).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_suggestion_whose_passage_was_deleted_is_orphaned_and_refused()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We ask the EU to act now.");
        var suggestion = await statement.SuggestAsync(20, 24, " immediately");
        await statement.EditAsync("We ask the EU to act.");

        var listed = await statement.SuggestionAsync(suggestion.Id());

        Assert.Equal(("orphaned", true), (listed.Anchor().State, listed.GetProperty("editedSince").GetBoolean()));
        await (await statement.PostAsync(Lead, $"/suggestions/{suggestion.Id()}/accept")).AssertProblemAsync(409, "suggestion.edited_since");
    }

    [Fact]
    public async Task A_suggestion_moved_by_edits_elsewhere_is_still_accepted_where_its_text_now_is()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We ask the EU to act.");
        var suggestion = await statement.SuggestAsync(3, 6, "urge");
        await statement.EditAsync("Together, we ask the EU to act today.");

        await statement.PostOkAsync(Lead, $"/suggestions/{suggestion.Id()}/accept");

        Assert.Equal("Together, we urge the EU to act today.", (await statement.TextAsync()).Text);
    }

    [Fact]
    public async Task A_decided_suggestion_cannot_be_decided_again()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We ask the EU to act.");
        var suggestion = await statement.SuggestAsync(3, 6, "urge");

        await statement.PostOkAsync(Lead, $"/suggestions/{suggestion.Id()}/reject");

        await (await statement.PostAsync(Lead, $"/suggestions/{suggestion.Id()}/accept")).AssertProblemAsync(409, "suggestion.not_open");
        await (await statement.PostAsync(Lead, $"/suggestions/{suggestion.Id()}/reject")).AssertProblemAsync(409, "suggestion.not_open");
        Assert.Equal("We ask the EU to act.", (await statement.TextAsync()).Text);
        Assert.Equal("Rejected", (await statement.SuggestionAsync(suggestion.Id())).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Accepting_a_suggestion_supersedes_the_open_ones_that_overlap_it()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We ask the EU to act.");
        var first = await statement.SuggestAsync(3, 13, "urge the Commission");
        var overlapping = await statement.SuggestAsync(7, 13, "all member states", Editor);
        var elsewhere = await statement.SuggestAsync(17, 20, "move", Editor);

        var report = await statement.PostOkAsync(Lead, $"/suggestions/{first.Id()}/accept");

        Assert.Equal([overlapping.Id()], report.GetProperty("superseded").EnumerateArray().Select(i => i.GetGuid()));
        Assert.Equal("Superseded", (await statement.SuggestionAsync(overlapping.Id())).GetProperty("state").GetString());
        var stillOpen = await statement.SuggestionAsync(elsewhere.Id());
        Assert.Equal(("Open", false), (stillOpen.GetProperty("state").GetString(), stillOpen.GetProperty("editedSince").GetBoolean()));
        await statement.PostOkAsync(Lead, $"/suggestions/{elsewhere.Id()}/accept");
        Assert.Equal("We urge the Commission to move.", (await statement.TextAsync()).Text);
    }

    [Fact]
    public async Task Accept_all_by_organisation_applies_its_suggestions_oldest_first_in_one_version_and_reports_the_rest()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We ask the EU to act on child protection now.");
        var (_, before) = await statement.TextAsync();
        var ask = await statement.SuggestAsync(3, 6, "urge", Commenter);
        var overlapping = await statement.SuggestAsync(3, 13, "call upon the Union", Editor);
        var protection = await statement.SuggestAsync(24, 40, "children's rights", Signatory);
        var edited = await statement.SuggestAsync(41, 44, "today", Editor);
        var fromLead = await statement.SuggestAsync(18, 21, "move", Lead);
        await statement.EditAsync("We ask the EU to act on child protection at once.");

        var report = await statement.PostOkAsync(Lead, "/suggestions/accept-all", new { organisationId = Coalition.PartnerOrganisation });

        var (text, version) = await statement.TextAsync();
        Assert.Equal(("We urge the EU to act on children's rights at once.", before + 2), (text, version));
        Assert.Equal(version, report.GetProperty("version").GetInt64());
        Assert.Equal([ask.Id(), protection.Id()], report.GetProperty("accepted").EnumerateArray().Select(i => i.GetGuid()));
        Assert.Equal([overlapping.Id()], report.GetProperty("superseded").EnumerateArray().Select(i => i.GetGuid()));
        var skipped = Assert.Single(report.GetProperty("skipped").EnumerateArray());
        Assert.Equal((edited.Id(), "edited_since"), (skipped.GetProperty("id").GetGuid(), skipped.GetProperty("reason").GetString()));
        Assert.Equal("Open", (await statement.SuggestionAsync(fromLead.Id())).GetProperty("state").GetString());
        Assert.Equal("Open", (await statement.SuggestionAsync(edited.Id())).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Reject_all_by_author_rejects_only_that_authors_open_suggestions()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We ask the EU to act.");
        var first = await statement.SuggestAsync(0, 2, "They", Editor);
        var second = await statement.SuggestAsync(17, 20, "move", Editor);
        var other = await statement.SuggestAsync(3, 6, "urge", Commenter);

        var report = await statement.PostOkAsync(Lead, "/suggestions/reject-all", new { authorId = Coalition.Person(Editor)!.Id });

        Assert.Equal([first.Id(), second.Id()], report.GetProperty("rejected").EnumerateArray().Select(i => i.GetGuid()));
        Assert.Equal("Open", (await statement.SuggestionAsync(other.Id())).GetProperty("state").GetString());
        Assert.Equal("We ask the EU to act.", (await statement.TextAsync()).Text);
        await (await statement.PostAsync(Lead, "/suggestions/reject-all", new { })).AssertProblemAsync(400, "request.invalid");
        await (await statement.PostAsync(Lead, "/suggestions/reject-all", new { authorId = Guid.NewGuid(), organisationId = Guid.NewGuid() }))
            .AssertProblemAsync(400, "request.invalid");
    }

    [Fact]
    public async Task The_preview_shows_the_text_with_open_suggestions_accepted_rendered_and_changes_nothing()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "# Letter\n\nWe ask the EU to act.");
        var (before, version) = await statement.TextAsync();
        var bold = await statement.SuggestAsync(13, 16, "**urge**");
        var overlapping = await statement.SuggestAsync(13, 23, "call on Europe", Editor);
        var script = await statement.SuggestAsync(27, 30, "act <script>alert(1)</script>", Editor);

        var preview = await statement.GetAsync("/suggestions/preview", Viewer);

        Assert.Equal("# Letter\n\nWe **urge** the EU to act <script>alert(1)</script>.", preview.GetProperty("text").GetString());
        var html = preview.GetProperty("html").GetString()!;
        Assert.Contains("<strong>urge</strong>", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Equal([bold.Id(), script.Id()], preview.GetProperty("applied").EnumerateArray().Select(i => i.GetGuid()));
        var skipped = Assert.Single(preview.GetProperty("skipped").EnumerateArray());
        Assert.Equal((overlapping.Id(), "overlaps"), (skipped.GetProperty("id").GetGuid(), skipped.GetProperty("reason").GetString()));
        Assert.Equal((before, version), await statement.TextAsync());
        Assert.All((await statement.GetAsync("/suggestions")).EnumerateArray(), s => Assert.Equal("Open", s.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task A_suggestion_is_found_only_under_its_own_statement()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We ask the EU to act.");
        var other = await ReviewStatement.CreateAsync(Coalition, "Another letter.");
        var suggestion = await statement.SuggestAsync(3, 6, "urge");

        await (await other.PostAsync(Lead, $"/suggestions/{suggestion.Id()}/accept")).AssertProblemAsync(404, "suggestion.not_found");
        await (await other.PostAsync(Lead, $"/suggestions/{suggestion.Id()}/reject")).AssertProblemAsync(404, "suggestion.not_found");
        await (await statement.PostAsync(Outsider, $"/suggestions/{suggestion.Id()}/accept")).AssertProblemAsync(404, "statement.not_found");
        Assert.Equal("Open", (await statement.SuggestionAsync(suggestion.Id())).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_replacement_equal_to_the_text_it_replaces_is_refused()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We ask the EU to act.");

        await (await statement.PostAsync(Commenter, "/suggestions", new { start = 3, end = 6, replacement = "ask" })).AssertProblemAsync(400, "request.invalid");
        await (await statement.PostAsync(Commenter, "/suggestions", new { start = 3, end = 6 })).AssertProblemAsync(400, "request.invalid");
    }
}
