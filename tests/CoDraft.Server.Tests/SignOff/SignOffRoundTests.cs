using System.Net;
using System.Text.Json;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.SignOff;

/// <summary>Rounds bind approvals to the exact text: decisions, stale approvals, re-issuing, and who may decide for whom.</summary>
public sealed class SignOffRoundTests(SignOffFixture f) : IClassFixture<SignOffFixture>
{
    [Fact]
    public async Task A_round_binds_the_current_text_and_by_default_requires_every_organisation_on_the_statement()
    {
        var id = await f.NewStatementAsync("We call on the EU.");

        var opened = await f.Lead.Client.OpenRoundAsync(id, new { deadline = DateTimeOffset.UtcNow.AddDays(7) });

        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var view = await opened.ReadJsonAsync();
        Assert.Equal("InReview", view.GetProperty("state").GetString());
        var round = view.GetProperty("round");
        Assert.Equal(TextHash.Sha256("We call on the EU."), round.GetProperty("current").GetProperty("sha256").GetString());
        Assert.Equal(new[] { f.Convening, f.PartnerA, f.PartnerB }.Order(),
            round.GetProperty("organisations").EnumerateArray().Select(o => o.GetProperty("organisationId").GetGuid()).Order());
        Assert.All(round.GetProperty("organisations").EnumerateArray(), o => Assert.Equal("pending", o.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.String, round.GetProperty("deadline").ValueKind);
        Assert.True(view.GetProperty("candidateIsCurrentText").GetBoolean());
    }

    [Fact]
    public async Task A_round_can_require_chosen_organisations_and_others_cannot_decide()
    {
        var id = await f.NewStatementAsync();
        (await f.Lead.Client.OpenRoundAsync(id, new { requiredOrganisations = new[] { f.Convening, f.PartnerA } })).EnsureSuccessStatusCode();

        var response = await f.SignatoryB.Client.DecideAsync(id, "Approve", await f.SignatoryB.Client.CandidateHashAsync(id));

        await response.AssertProblemAsync(409, "signoff.not_required");
        Assert.Empty((await f.Lead.Client.SignOffAsync(id)).GetProperty("round").GetProperty("decisions").EnumerateArray());
    }

    [Fact]
    public async Task A_round_with_a_past_deadline_or_an_organisation_not_on_the_statement_is_refused_and_nothing_opens()
    {
        var id = await f.NewStatementAsync();
        var stranger = await f.Factory.Accounts.OrganisationAsync("Not On It");

        var pastDeadline = await f.Lead.Client.OpenRoundAsync(id, new { deadline = DateTimeOffset.UtcNow.AddDays(-1) });
        var strangerRequired = await f.Lead.Client.OpenRoundAsync(id, new { requiredOrganisations = new[] { f.Convening, stranger } });
        var twice = await f.Lead.Client.OpenRoundAsync(id, new { requiredOrganisations = new[] { f.Convening, f.Convening } });

        await pastDeadline.AssertProblemAsync(400, "request.invalid");
        await strangerRequired.AssertProblemAsync(409, "access.organisation_not_on_statement");
        await twice.AssertProblemAsync(400, "request.invalid");
        Assert.Equal("Drafting", await f.Lead.Client.StateAsync(id));
        Assert.Empty((await (await f.Lead.Client.GetAsync($"/api/statements/{id}/signoff/rounds")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task A_signatory_cannot_approve_for_another_organisation()
    {
        var id = await f.NewStatementAsync();
        await f.Lead.Client.OpenRoundAsync(id);
        var hash = await f.SignatoryA.Client.CandidateHashAsync(id);

        var forB = await f.SignatoryA.Client.DecideAsync(id, "Approve", hash, organisationId: f.PartnerB);
        var forConvening = await f.SignatoryA.Client.DecideAsync(id, "Approve", hash, organisationId: f.Convening);

        await forB.AssertProblemAsync(403, "signoff.wrong_organisation");
        await forConvening.AssertProblemAsync(403, "signoff.wrong_organisation");
        var signOff = await f.Lead.Client.SignOffAsync(id);
        Assert.Equal("pending", signOff.Standing(f.PartnerB).GetProperty("status").GetString());
        Assert.Empty(signOff.GetProperty("round").GetProperty("decisions").EnumerateArray());
    }

    [Fact]
    public async Task Approval_of_a_stale_hash_is_kept_in_history_but_not_counted()
    {
        var id = await f.NewStatementAsync("We call on the EU.");
        await f.Lead.Client.OpenRoundAsync(id);
        await f.SignatoryA.Client.DecidedAsync(id, "Approve");
        var oldHash = await f.Lead.Client.CandidateHashAsync(id);
        await f.Editor.Client.PutTextAsync(id, await f.Lead.Client.HeadVersionAsync(id), "We call on the EU to act now.");
        (await f.Lead.Client.ReissueAsync(id)).EnsureSuccessStatusCode();

        await f.Lead.Client.DecidedAsync(id, "Approve");
        await f.SignatoryB.Client.DecidedAsync(id, "Approve");
        var lateOldApproval = await f.SignatoryA.Client.DecideAsync(id, "Approve", oldHash);

        await lateOldApproval.AssertProblemAsync(409, "signoff.stale_candidate");
        var signOff = await f.Lead.Client.SignOffAsync(id);
        Assert.Equal("InReview", signOff.GetProperty("state").GetString());
        var a = signOff.Standing(f.PartnerA);
        Assert.Equal("pending", a.GetProperty("status").GetString());
        Assert.True(a.GetProperty("hasStaleDecisions").GetBoolean());
        var stale = signOff.GetProperty("round").GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("organisationId").GetGuid() == f.PartnerA);
        Assert.True(stale.GetProperty("stale").GetBoolean());
        Assert.Equal(oldHash, stale.GetProperty("candidateSha256").GetString());
        Assert.False(signOff.GetProperty("round").GetProperty("allApproved").GetBoolean());
        await (await f.Lead.Client.PublishAsync(id)).AssertProblemAsync(409, "publish.not_approved");
    }

    [Fact]
    public async Task A_decision_on_a_candidate_whose_text_has_since_changed_is_refused_until_the_lead_reissues()
    {
        var id = await f.NewStatementAsync("Draft one.");
        await f.Lead.Client.OpenRoundAsync(id);
        var hash = await f.SignatoryA.Client.CandidateHashAsync(id);
        await f.Editor.Client.PutTextAsync(id, await f.Lead.Client.HeadVersionAsync(id), "Draft two.");

        var decided = await f.SignatoryA.Client.DecideAsync(id, "Approve", hash);

        await decided.AssertProblemAsync(409, "signoff.candidate_outdated");
        var signOff = await f.Lead.Client.SignOffAsync(id);
        Assert.False(signOff.GetProperty("candidateIsCurrentText").GetBoolean());
        Assert.Equal(TextHash.Sha256("Draft two."), signOff.GetProperty("headSha256").GetString());
    }

    [Fact]
    public async Task Reissuing_without_a_text_change_is_refused_and_reissuing_after_one_binds_the_new_hash()
    {
        var id = await f.NewStatementAsync("Same text.");
        await f.Lead.Client.OpenRoundAsync(id);

        var unchanged = await f.Lead.Client.ReissueAsync(id);
        await f.Editor.Client.PutTextAsync(id, await f.Lead.Client.HeadVersionAsync(id), "Changed text.");
        var reissued = await f.Lead.Client.ReissueAsync(id);

        await unchanged.AssertProblemAsync(409, "signoff.nothing_changed");
        Assert.Equal(HttpStatusCode.Created, reissued.StatusCode);
        var round = (await reissued.ReadJsonAsync()).GetProperty("round");
        Assert.Equal(2, round.GetProperty("candidates").GetArrayLength());
        Assert.Equal(TextHash.Sha256("Changed text."), round.GetProperty("current").GetProperty("sha256").GetString());
        var revisions = await (await f.Lead.Client.GetAsync($"/api/statements/{id}/revisions")).ReadJsonAsync();
        Assert.Equal(2, revisions.EnumerateArray().Count(r => r.GetProperty("kind").GetString() == "Candidate"));
    }

    [Fact]
    public async Task A_request_for_changes_needs_a_comment()
    {
        var id = await f.NewStatementAsync();
        await f.Lead.Client.OpenRoundAsync(id);

        var withoutComment = await f.SignatoryA.Client.DecideAsync(id, "RequestChanges", await f.SignatoryA.Client.CandidateHashAsync(id), "  ");

        await withoutComment.AssertProblemAsync(400, "request.invalid");
        var withComment = await f.SignatoryA.Client.DecidedAsync(id, "RequestChanges", "Please name the regulation.");
        var a = withComment.Standing(f.PartnerA);
        Assert.Equal("changes_requested", a.GetProperty("status").GetString());
        Assert.Equal("Please name the regulation.", a.GetProperty("current").GetProperty("comment").GetString());
    }

    [Fact]
    public async Task Deciding_with_no_round_open_is_refused_with_the_current_state()
    {
        var id = await f.NewStatementAsync();

        var response = await f.SignatoryA.Client.DecideAsync(id, "Approve", TextHash.Sha256("anything"));

        var problem = await response.AssertProblemAsync(409, "signoff.no_round");
        Assert.Equal("Drafting", problem.GetProperty("currentState").GetString());
    }

    [Fact]
    public async Task Each_organisation_gets_the_redline_from_the_text_it_last_approved_to_the_current_candidate()
    {
        var id = await f.NewStatementAsync("We call on the EU.");
        await f.Lead.Client.OpenRoundAsync(id);
        await f.SignatoryA.Client.DecidedAsync(id, "Approve");
        await f.SignatoryB.Client.DecidedAsync(id, "RequestChanges", "Be specific.");
        await f.Editor.Client.PutTextAsync(id, await f.Lead.Client.HeadVersionAsync(id), "We call on the EU to adopt the regulation.");
        await f.Lead.Client.ReissueAsync(id);

        var forA = await (await f.SignatoryA.Client.GetAsync($"/api/statements/{id}/signoff/redline")).ReadJsonAsync();
        var forB = await (await f.SignatoryA.Client.GetAsync($"/api/statements/{id}/signoff/redline?organisationId={f.PartnerB}")).ReadJsonAsync();
        var forConvening = await (await f.Lead.Client.GetAsync($"/api/statements/{id}/signoff/redline")).ReadJsonAsync();

        Assert.Equal("approved", forA.GetProperty("since").GetString());
        Assert.Equal(TextHash.Sha256("We call on the EU."), forA.GetProperty("fromSha256").GetString());
        Assert.Equal(TextHash.Sha256("We call on the EU to adopt the regulation."), forA.GetProperty("toSha256").GetString());
        Assert.Contains("adopt the regulation", forA.GetProperty("redline").GetProperty("html").GetString());
        Assert.Equal("decided", forB.GetProperty("since").GetString());
        Assert.Equal("none", forConvening.GetProperty("since").GetString());
        Assert.Equal(JsonValueKind.Null, forConvening.GetProperty("redline").ValueKind);
    }
}
