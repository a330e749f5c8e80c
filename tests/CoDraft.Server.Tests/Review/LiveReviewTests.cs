using System.Net.Http.Json;
using System.Text.Json;
using CoDraft.Server.Tests.Hubs.Infrastructure;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CoDraft.Server.Tests.Review;

/// <summary>Comments and suggestions reach live participants: real Kestrel on loopback, real SignalR clients.</summary>
public sealed class LiveReviewTests(SharedLiveServer shared) : IClassFixture<SharedLiveServer>
{
    private LiveServer Server => shared.Server;

    [Fact]
    public async Task An_accepted_suggestion_reaches_a_connected_editor_as_an_edit_and_as_a_suggestion_event()
    {
        var (statementId, _) = await Server.Http.CreateStatementAsync("Open letter", "We ask the EU to act.");
        var (client, session) = await Server.JoinAsync(statementId);
        var events = new List<(string Change, Guid Id, string State)>();
        client.Hub.Connection.On<JsonElement>("SuggestionChanged", m =>
        {
            var suggestion = m.GetProperty("suggestion");
            lock (events)
            {
                events.Add((m.GetProperty("change").GetString()!, suggestion.GetProperty("id").GetGuid(), suggestion.GetProperty("state").GetString()!));
            }
        });
        var created = await PostAsync($"/api/statements/{statementId}/suggestions", new { start = 3, end = 6, replacement = "urge" });
        var id = created.GetProperty("id").GetGuid();

        await PostAsync($"/api/statements/{statementId}/suggestions/{id}/accept", new { });

        await Eventually.HoldsAsync(() => session.Text == "We urge the EU to act.", "the participant's text has the accepted suggestion");
        var (stored, version) = await Server.Http.GetTextAsync(statementId);
        Assert.Equal((stored, version), (session.Text, session.Version));
        await Eventually.HoldsAsync(() => { lock (events) { return events.Count == 2; } }, "both suggestion events arrived");
        lock (events)
        {
            Assert.Equal([("created", id, "Open"), ("accepted", id, "Accepted")], events);
        }
    }

    [Fact]
    public async Task A_new_comment_and_its_resolution_are_broadcast_to_the_statements_participants()
    {
        var (statementId, _) = await Server.Http.CreateStatementAsync("Open letter", "We ask the EU to act.");
        var (client, _) = await Server.JoinAsync(statementId);
        var changes = new List<(string Change, string Quote)>();
        client.Hub.Connection.On<JsonElement>("CommentChanged", m =>
        {
            lock (changes)
            {
                changes.Add((m.GetProperty("change").GetString()!, m.GetProperty("thread").GetProperty("anchor").GetProperty("quote").GetString()!));
            }
        });

        var thread = await PostAsync($"/api/statements/{statementId}/threads", new { start = 11, end = 13, body = "Which institution?" });
        await PostAsync($"/api/statements/{statementId}/threads/{thread.GetProperty("id").GetGuid()}/resolve", new { });

        await Eventually.HoldsAsync(() => { lock (changes) { return changes.Count == 2; } }, "both comment events arrived");
        lock (changes)
        {
            Assert.Equal([("created", "EU"), ("resolved", "EU")], changes);
        }
    }

    private async Task<JsonElement> PostAsync(string path, object body)
    {
        var response = await Server.Http.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }
}
