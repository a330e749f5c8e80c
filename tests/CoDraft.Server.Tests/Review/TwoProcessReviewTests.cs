using System.Net.Http.Json;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Review;

/// <summary>Two server processes on one store: comments made on one follow edits made through the other.</summary>
public sealed class TwoProcessReviewTests
{
    [Fact]
    public async Task Comments_and_suggestions_made_on_one_process_follow_edits_made_through_another()
    {
        using var first = new CoDraftFactory { KeepData = true };
        var lead = await first.Accounts.PersonInNewOrganisationAsync("Lena Lead");
        using var second = new CoDraftFactory(first.DataDirectory);
        var sameLead = await second.Accounts.SignInAsync(lead.Email);
        var (statementId, version) = await lead.Client.CreateStatementAsync("Open letter", "We ask the EU to act.");
        var path = $"/api/statements/{statementId}";
        var thread = await (await lead.Client.PostAsJsonAsync(path + "/threads", new { start = 11, end = 13, body = "Which part?" })).ReadJsonAsync();
        var suggestion = await (await lead.Client.PostAsJsonAsync(path + "/suggestions", new { start = 3, end = 6, replacement = "urge" })).ReadJsonAsync();
        Assert.Single((await (await lead.Client.GetAsync(path + "/threads")).ReadJsonAsync()).EnumerateArray());

        await sameLead.Client.PutTextAsync(statementId, version, "Today, we ask the EU to act.");
        await sameLead.Client.PutTextAsync(statementId, version + 1, "Today, we ask the EU to act now.");

        var moved = await (await lead.Client.GetAsync($"{path}/threads/{thread.Id()}")).ReadJsonAsync();
        Assert.Equal((18, 20, "EU", "ok"), moved.Anchor());
        var onSecond = await (await sameLead.Client.GetAsync($"{path}/threads/{thread.Id()}")).ReadJsonAsync();
        Assert.Equal((18, 20, "EU", "ok"), onSecond.Anchor());
        var accepted = await sameLead.Client.PostAsync($"{path}/suggestions/{suggestion.Id()}/accept", null);
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync());
        Assert.Equal("Today, we urge the EU to act now.", (await (await lead.Client.GetAsync(path)).ReadJsonAsync()).GetProperty("text").GetString());
    }
}
