using System.Net.Http.Json;
using System.Text.Json;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.SignOff;

/// <summary>The sign-off API as a client calls it.</summary>
public static class SignOffCalls
{
    public static Task<HttpResponseMessage> OpenRoundAsync(this HttpClient client, Guid id, object? body = null) =>
        client.PostAsJsonAsync($"/api/statements/{id}/signoff/rounds", body ?? new { });

    public static Task<HttpResponseMessage> ReissueAsync(this HttpClient client, Guid id) =>
        client.PostAsJsonAsync($"/api/statements/{id}/signoff/candidates", new { });

    public static Task<HttpResponseMessage> DecideAsync(this HttpClient client, Guid id, string decision, string sha256, string? comment = null, Guid? organisationId = null) =>
        client.PostAsJsonAsync($"/api/statements/{id}/signoff/decisions", new { decision, sha256, comment, organisationId });

    public static Task<HttpResponseMessage> PublishAsync(this HttpClient client, Guid id, DateTimeOffset? publicFrom = null) =>
        client.PostAsJsonAsync($"/api/statements/{id}/publish", new { publicFrom });

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, Guid id, string to) =>
        client.PostAsJsonAsync($"/api/statements/{id}/lifecycle", new { to });

    public static async Task<JsonElement> SignOffAsync(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/statements/{id}/signoff");
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    public static async Task<string> StateAsync(this HttpClient client, Guid id) =>
        (await client.SignOffAsync(id)).GetProperty("state").GetString()!;

    /// <summary>The SHA-256 of the current candidate, as a signatory reads it before deciding.</summary>
    public static async Task<string> CandidateHashAsync(this HttpClient client, Guid id) =>
        (await client.SignOffAsync(id)).GetProperty("round").GetProperty("current").GetProperty("sha256").GetString()!;

    /// <summary>Decides and asserts it was accepted.</summary>
    public static async Task<JsonElement> DecidedAsync(this HttpClient client, Guid id, string decision, string? comment = null)
    {
        var response = await client.DecideAsync(id, decision, await client.CandidateHashAsync(id), comment);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    /// <summary>The standing of <paramref name="organisation"/> in the current round.</summary>
    public static JsonElement Standing(this JsonElement signOff, Guid organisation) =>
        signOff.GetProperty("round").GetProperty("organisations").EnumerateArray().Single(o => o.GetProperty("organisationId").GetGuid() == organisation);

    public static async Task<long> HeadVersionAsync(this HttpClient client, Guid id) =>
        (await (await client.GetAsync($"/api/statements/{id}")).ReadJsonAsync()).GetProperty("version").GetInt64();
}
