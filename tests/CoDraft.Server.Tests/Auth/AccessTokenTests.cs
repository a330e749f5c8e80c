using System.Net;
using System.Net.Http.Json;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Auth;

/// <summary>Personal access tokens: shown once, stored hashed, revocable, expiring, and read from the query only on the hub path.</summary>
public sealed class AccessTokenTests : IAsyncLifetime
{
    private readonly CoDraftFactory factory = new();
    private TestPerson person = null!;

    public async Task InitializeAsync() => person = await factory.Accounts.PersonInNewOrganisationAsync("Sami Script");

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_token_is_shown_when_created_and_never_again()
    {
        var created = await (await person.Client.PostAsJsonAsync("/api/tokens", new { name = "CI pipeline", expiresInDays = 30 })).ReadJsonAsync();
        var token = created.GetProperty("token").GetString()!;

        var listing = await (await person.Client.GetAsync("/api/tokens")).Content.ReadAsStringAsync();

        Assert.StartsWith("cdp_", token);
        Assert.DoesNotContain(token, listing);
        Assert.Contains("CI pipeline", listing);
        Assert.Equal(HttpStatusCode.OK, (await factory.Accounts.Bearer(token).GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_once()
    {
        var created = await (await person.Client.PostAsJsonAsync("/api/tokens", new { name = "laptop" })).ReadJsonAsync();
        var client = factory.Accounts.Bearer(created.GetProperty("token").GetString()!);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);

        var revoked = await person.Client.DeleteAsync($"/api/tokens/{id}");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        await (await client.GetAsync("/api/auth/me")).AssertProblemAsync(401, "auth.required");
        await (await person.Client.DeleteAsync($"/api/tokens/{id}")).AssertProblemAsync(404, "token.not_found");
        var listed = (await (await person.Client.GetAsync("/api/tokens")).ReadJsonAsync()).EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == id);
        Assert.False(listed.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Nobody_can_revoke_someone_elses_token()
    {
        var other = await factory.Accounts.PersonInNewOrganisationAsync("Other Person");
        var created = await (await person.Client.PostAsJsonAsync("/api/tokens", new { name = "mine" })).ReadJsonAsync();

        var attempt = await other.Client.DeleteAsync($"/api/tokens/{created.GetProperty("id").GetGuid()}");

        await attempt.AssertProblemAsync(404, "token.not_found");
        Assert.Equal(HttpStatusCode.OK, (await factory.Accounts.Bearer(created.GetProperty("token").GetString()!).GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_stops_working()
    {
        var created = await (await person.Client.PostAsJsonAsync("/api/tokens", new { name = "one day", expiresInDays = 1 })).ReadJsonAsync();
        var client = factory.Accounts.Bearer(created.GetProperty("token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromHours(25));

        await (await client.GetAsync("/api/auth/me")).AssertProblemAsync(401, "auth.required");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public async Task A_token_lives_between_one_day_and_the_maximum(int days)
    {
        var response = await person.Client.PostAsJsonAsync("/api/tokens", new { name = "odd", expiresInDays = days });

        await response.AssertProblemAsync(400, "request.invalid");
    }

    [Fact]
    public async Task The_access_token_query_parameter_counts_only_on_the_hub_path()
    {
        var anonymous = factory.CreateAnonymousClient();
        var query = $"access_token={Uri.EscapeDataString(person.Token)}";

        var api = await anonymous.GetAsync($"/api/auth/me?{query}");
        var negotiate = await anonymous.PostAsync($"/hubs/draft/negotiate?negotiateVersion=1&{query}", null);

        await api.AssertProblemAsync(401, "auth.required");
        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
    }

    [Fact]
    public async Task A_token_that_is_not_a_codraft_token_is_refused()
    {
        var client = factory.Accounts.Bearer("eyJhbGciOiJIUzI1NiJ9.e30.forged");

        await (await client.GetAsync("/api/auth/me")).AssertProblemAsync(401, "auth.required");
    }
}
