using System.Net.Http.Json;
using System.Text.Json;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Hubs.Infrastructure;

/// <summary>The REST calls the hub tests make.</summary>
public static class LiveApi
{
    public static async Task<(string Text, long Version)> GetTextAsync(this HttpClient http, Guid statementId)
    {
        var statement = await (await http.GetAsync($"/api/statements/{statementId}")).ReadJsonAsync();
        return (statement.GetProperty("text").GetString()!, statement.GetProperty("version").GetInt64());
    }

    public static async Task<IReadOnlyList<(long Version, string Kind)>> GetRevisionsAsync(this HttpClient http, Guid statementId)
    {
        var revisions = await http.GetFromJsonAsync<JsonElement>($"/api/statements/{statementId}/revisions", ApiClient.Json);
        return revisions.EnumerateArray().Select(r => (r.GetProperty("version").GetInt64(), r.GetProperty("kind").GetString()!)).ToList();
    }
}
