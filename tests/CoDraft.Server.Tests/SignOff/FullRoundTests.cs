using System.Net.Http.Json;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.SignOff;

/// <summary>The whole review, as issue 6's "done when" describes it, over the API.</summary>
public sealed class FullRoundTests(SignOffFixture f) : IClassFixture<SignOffFixture>
{
    [Fact]
    public async Task Draft_comments_suggestions_accepted_round_changes_requested_text_fixed_reissued_all_approve_the_new_hash_publish_and_the_audit_verifies()
    {
        // Draft.
        var id = await f.NewStatementAsync("We call on the EU to protect children.");
        await f.Editor.Client.PutTextAsync(id, await f.Lead.Client.HeadVersionAsync(id), "We call on the EU to protect children online.");

        // Comments: a partner asks about a passage; the lead answers and resolves the thread.
        var thread = await (await f.SignatoryA.Client.PostAsJsonAsync($"/api/statements/{id}/threads",
            new { start = 11, end = 17, body = "Which EU institutions exactly?" })).ReadJsonAsync();
        Assert.Equal("the EU", thread.GetProperty("anchor").GetProperty("quote").GetString());
        var threadId = thread.GetProperty("id").GetGuid();
        (await f.Lead.Client.PostAsJsonAsync($"/api/statements/{id}/threads/{threadId}/replies", new { body = "The Commission and Parliament." })).EnsureSuccessStatusCode();
        (await f.Lead.Client.PostAsJsonAsync($"/api/statements/{id}/threads/{threadId}/resolve", new { })).EnsureSuccessStatusCode();

        // Suggestions: one accepted (a new version through the live-editing path), one rejected.
        var accepted = await (await f.SignatoryB.Client.PostAsJsonAsync($"/api/statements/{id}/suggestions",
            new { start = 11, end = 17, replacement = "the European Union" })).ReadJsonAsync();
        var rejected = await (await f.SignatoryA.Client.PostAsJsonAsync($"/api/statements/{id}/suggestions",
            new { start = 21, end = 28, replacement = "shield" })).ReadJsonAsync();
        (await f.Lead.Client.PostAsJsonAsync($"/api/statements/{id}/suggestions/{accepted.GetProperty("id").GetGuid()}/accept", new { })).EnsureSuccessStatusCode();
        (await f.Lead.Client.PostAsJsonAsync($"/api/statements/{id}/suggestions/{rejected.GetProperty("id").GetGuid()}/reject", new { })).EnsureSuccessStatusCode();
        var drafted = await (await f.Lead.Client.GetAsync($"/api/statements/{id}")).ReadJsonAsync();
        Assert.Equal("We call on the European Union to protect children online.", drafted.GetProperty("text").GetString());

        // Round opened; one partner requests changes, the others approve.
        (await f.Lead.Client.OpenRoundAsync(id)).EnsureSuccessStatusCode();
        await f.Lead.Client.DecidedAsync(id, "Approve");
        await f.SignatoryA.Client.DecidedAsync(id, "Approve");
        await f.SignatoryB.Client.DecidedAsync(id, "RequestChanges", "Name the Digital Services Act.");

        // Text fixed and re-issued: every earlier approval is now stale.
        var fixedText = "We call on the European Union to protect children online under the Digital Services Act.";
        await f.Editor.Client.PutTextAsync(id, await f.Lead.Client.HeadVersionAsync(id), fixedText);
        (await f.Lead.Client.ReissueAsync(id)).EnsureSuccessStatusCode();
        var reissued = await f.Lead.Client.SignOffAsync(id);
        Assert.All(reissued.GetProperty("round").GetProperty("organisations").EnumerateArray(), o => Assert.Equal("pending", o.GetProperty("status").GetString()));
        var redlineForA = await (await f.SignatoryA.Client.GetAsync($"/api/statements/{id}/signoff/redline")).ReadJsonAsync();
        Assert.Contains("Digital Services Act", redlineForA.GetProperty("redline").GetProperty("html").GetString());

        // All approve the new hash.
        foreach (var (person, _) in f.Deciders)
        {
            var decided = await person.Client.DecideAsync(id, "Approve", TextHash.Sha256(fixedText));
            Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        }
        Assert.Equal("Approved", await f.Lead.Client.StateAsync(id));

        // Publish.
        (await f.Lead.Client.PublishAsync(id)).EnsureSuccessStatusCode();
        var publication = await (await f.SignatoryB.Client.GetAsync($"/api/statements/{id}/publication")).ReadJsonAsync();
        Assert.Equal(fixedText, publication.GetProperty("text").GetString());
        Assert.Equal("Published", await f.Lead.Client.StateAsync(id));

        // The audit chain verifies and tells the story.
        var verified = await (await f.SignatoryA.Client.GetAsync($"/api/statements/{id}/audit/verify")).ReadJsonAsync();
        Assert.True(verified.GetProperty("isIntact").GetBoolean());
        var actions = (await (await f.SignatoryA.Client.GetAsync($"/api/statements/{id}/audit")).ReadJsonAsync()).EnumerateArray()
            .Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["comment.created", "comment.replied", "comment.resolved"], actions.Where(a => a!.StartsWith("comment.")));
        Assert.Equal(2, actions.Count(a => a == "suggestion.created"));
        Assert.Equal(2, actions.Count(a => a == "suggestion.decided"));
        Assert.Equal(1, actions.Count(a => a == "signoff.round_opened"));
        Assert.Equal(1, actions.Count(a => a == "signoff.candidate_issued"));
        Assert.Equal(6, actions.Count(a => a == "signoff.decision"));
        Assert.Equal("publication.published", actions[^2]);
        Assert.Equal("lifecycle.changed", actions[^1]);
        Assert.Equal(actions.Count, verified.GetProperty("verifiedEntries").GetInt32());
    }
}
