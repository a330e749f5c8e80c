using System.Net;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.SignOff;

/// <summary>Drafting → InReview → Approved → Published (→ Closed): each move by its own path and role.</summary>
public sealed class LifecycleTests(SignOffFixture f) : IClassFixture<SignOffFixture>
{
    [Theory]
    [InlineData("Published", "Drafting")]
    [InlineData("Approved", "Drafting")]
    [InlineData("InReview", "Drafting")]
    [InlineData("Closed", "Drafting")]
    public async Task An_illegal_transition_answers_409_with_the_reason_and_the_current_state(string to, string current)
    {
        var id = await f.NewStatementAsync();

        var response = await f.Lead.Client.MoveAsync(id, to);

        var problem = await response.AssertProblemAsync(409, "lifecycle.illegal_transition");
        Assert.Equal(current, problem.GetProperty("currentState").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal("Drafting", await f.Lead.Client.StateAsync(id));
    }

    [Fact]
    public async Task A_second_round_cannot_open_while_one_is_open_but_can_after_the_lead_withdraws_it()
    {
        var id = await f.NewStatementAsync();
        await f.Lead.Client.OpenRoundAsync(id);
        await f.SignatoryA.Client.DecidedAsync(id, "Approve");

        var second = await f.Lead.Client.OpenRoundAsync(id);
        var withdrawn = await f.Lead.Client.MoveAsync(id, "Drafting");
        var reopened = await f.Lead.Client.OpenRoundAsync(id);

        (await second.AssertProblemAsync(409, "lifecycle.illegal_transition")).GetProperty("currentState").GetString();
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.Created, reopened.StatusCode);
        var rounds = await (await f.Lead.Client.GetAsync($"/api/statements/{id}/signoff/rounds")).ReadJsonAsync();
        Assert.Equal(["Withdrawn", "Open"], rounds.EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        Assert.Single(rounds[0].GetProperty("decisions").EnumerateArray());
        Assert.Empty(rounds[1].GetProperty("decisions").EnumerateArray());
    }

    [Fact]
    public async Task Every_required_approval_makes_it_approved_and_a_text_edit_sends_it_back_to_review()
    {
        var id = await f.NewStatementAsync("Final text.");
        await f.Lead.Client.OpenRoundAsync(id);
        foreach (var (person, _) in f.Deciders)
        {
            Assert.Equal("InReview", await f.Lead.Client.StateAsync(id));
            await person.Client.DecidedAsync(id, "Approve");
        }
        Assert.Equal("Approved", await f.Lead.Client.StateAsync(id));

        await f.Editor.Client.PutTextAsync(id, await f.Lead.Client.HeadVersionAsync(id), "Final text, edited.");

        var signOff = await f.Lead.Client.SignOffAsync(id);
        Assert.Equal("InReview", signOff.GetProperty("state").GetString());
        Assert.False(signOff.GetProperty("round").GetProperty("allApproved").GetBoolean());
        Assert.False(signOff.GetProperty("candidateIsCurrentText").GetBoolean());
    }

    [Fact]
    public async Task Declining_after_approval_takes_the_statement_back_to_review()
    {
        var id = await f.NewStatementAsync();
        await f.Lead.Client.OpenRoundAsync(id);
        foreach (var (person, _) in f.Deciders)
        {
            await person.Client.DecidedAsync(id, "Approve");
        }

        await f.SignatoryB.Client.DecidedAsync(id, "Decline", "Our board said no.");

        var signOff = await f.Lead.Client.SignOffAsync(id);
        Assert.Equal("InReview", signOff.GetProperty("state").GetString());
        Assert.Equal("declined", signOff.Standing(f.PartnerB).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_published_statement_refuses_edits_and_can_be_closed_but_never_reopened()
    {
        var id = await f.NewStatementAsync("Published words.");
        await PublishedAsync(id);

        var edit = await f.Editor.Client.PutAsync($"/api/statements/{id}/text",
            System.Net.Http.Json.JsonContent.Create(new { baseVersion = await f.Lead.Client.HeadVersionAsync(id), text = "Changed after publishing." }));
        var closed = await f.Lead.Client.MoveAsync(id, "Closed");
        var reopen = await f.Lead.Client.MoveAsync(id, "Drafting");
        var editClosed = await f.Lead.Client.PutAsync($"/api/statements/{id}/text",
            System.Net.Http.Json.JsonContent.Create(new { baseVersion = await f.Lead.Client.HeadVersionAsync(id), text = "Still no." }));

        await edit.AssertProblemAsync(409, "text.closed");
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("Closed", (await reopen.AssertProblemAsync(409, "lifecycle.illegal_transition")).GetProperty("currentState").GetString());
        await editClosed.AssertProblemAsync(409, "text.closed");
        Assert.Equal("Published words.", (await (await f.Lead.Client.GetAsync($"/api/statements/{id}")).ReadJsonAsync()).GetProperty("text").GetString());
    }

    private async Task PublishedAsync(Guid id)
    {
        await f.Lead.Client.OpenRoundAsync(id);
        foreach (var (person, _) in f.Deciders)
        {
            await person.Client.DecidedAsync(id, "Approve");
        }
        (await f.Lead.Client.PublishAsync(id)).EnsureSuccessStatusCode();
    }
}
