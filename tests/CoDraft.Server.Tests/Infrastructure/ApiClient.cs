using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoDraft.Server.Tests.Infrastructure;

/// <summary>Small helpers over HttpClient that read CoDraft's JSON the way a client would.</summary>
public static class ApiClient
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Json);

    public static async Task<(Guid Id, long Version)> CreateStatementAsync(this HttpClient client, string title, string text)
    {
        var response = await client.PostAsJsonAsync("/api/statements", new { title, text });
        response.EnsureSuccessStatusCode();
        var body = await response.ReadJsonAsync();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("version").GetInt64());
    }

    public static async Task<long> PutTextAsync(this HttpClient client, Guid id, long baseVersion, string text)
    {
        var response = await client.PutAsJsonAsync($"/api/statements/{id}/text", new { baseVersion, text });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("version").GetInt64();
    }

    public static async Task<string> GetVersionTextAsync(this HttpClient client, Guid id, long version) =>
        (await (await client.GetAsync($"/api/statements/{id}/versions/{version}")).ReadJsonAsync()).GetProperty("text").GetString()!;

    /// <summary>Asserts a Problem Details answer with this status and stable code, and returns it.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, int status, string code)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }
}
