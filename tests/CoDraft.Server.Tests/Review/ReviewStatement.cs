using System.Net.Http.Json;
using System.Text.Json;
using CoDraft.Core.Accounts;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Review;

/// <summary>
/// A new statement of the coalition's lead, with the partner organisation and a viewer, commenter, signatory and
/// editor of it, so that each test has its own text, threads and suggestions. Calls go through the real REST API.
/// </summary>
public sealed class ReviewStatement
{
    private ReviewStatement(Coalition coalition, Guid id)
    {
        Coalition = coalition;
        Id = id;
    }

    public Coalition Coalition { get; }

    public Guid Id { get; }

    public string Path => $"/api/statements/{Id}";

    public static async Task<ReviewStatement> CreateAsync(Coalition coalition, string text)
    {
        var (id, _) = await coalition.Lead.Client.CreateStatementAsync("Open letter " + Guid.NewGuid().ToString("N")[..6], text);
        await TestAccounts.AddPartnerAsync(coalition.Lead, id, coalition.PartnerOrganisation);
        foreach (var (caller, role) in new[]
                 {
                     (Caller.Viewer, StatementRole.Viewer), (Caller.Commenter, StatementRole.Commenter),
                     (Caller.Signatory, StatementRole.Signatory), (Caller.Editor, StatementRole.Editor),
                 })
        {
            await TestAccounts.GiveRoleAsync(coalition.Lead, id, coalition.Person(caller)!, role);
        }
        return new ReviewStatement(coalition, id);
    }

    public HttpClient Client(Caller caller) => Coalition.Client(caller);

    public Task<HttpResponseMessage> PostAsync(Caller caller, string suffix, object? body = null) =>
        Client(caller).PostAsJsonAsync(Path + suffix, body ?? new { });

    /// <summary>Posts and asserts success; the JSON answer.</summary>
    public async Task<JsonElement> PostOkAsync(Caller caller, string suffix, object? body = null)
    {
        var response = await PostAsync(caller, suffix, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {suffix} as {caller}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    public async Task<JsonElement> GetAsync(string suffix, Caller caller = Caller.Lead)
    {
        var response = await Client(caller).GetAsync(Path + suffix);
        Assert.True(response.IsSuccessStatusCode, $"GET {suffix}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    public async Task<(string Text, long Version)> TextAsync()
    {
        var statement = await GetAsync("");
        return (statement.GetProperty("text").GetString()!, statement.GetProperty("version").GetInt64());
    }

    /// <summary>Replaces the whole text as the editor, on the current version.</summary>
    public async Task<long> EditAsync(string text)
    {
        var (_, version) = await TextAsync();
        return await Client(Caller.Editor).PutTextAsync(Id, version, text);
    }

    public Task<JsonElement> CommentAsync(int start, int end, string body = "Please make this stronger.", Caller caller = Caller.Commenter) =>
        PostOkAsync(caller, "/threads", new { start, end, body });

    public Task<JsonElement> SuggestAsync(int start, int end, string replacement, Caller caller = Caller.Commenter) =>
        PostOkAsync(caller, "/suggestions", new { start, end, replacement });

    public async Task<JsonElement> ThreadAsync(Guid threadId) =>
        (await GetAsync("/threads")).EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == threadId);

    public async Task<JsonElement> SuggestionAsync(Guid suggestionId) =>
        (await GetAsync("/suggestions")).EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == suggestionId);
}
