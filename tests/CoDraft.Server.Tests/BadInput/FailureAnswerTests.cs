using System.Net.Http.Json;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CoDraft.Server.Tests.BadInput;

/// <summary>What a failure that is not a refusal still carries, and how a refused character is pointed at.</summary>
public sealed class FailureAnswerTests : IAsyncLifetime
{
    private readonly CoDraftFactory factory = new();
    private TestPerson admin = null!;

    public async Task InitializeAsync() => admin = await factory.Accounts.AdministratorAsync();

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_500_carries_the_security_headers()
    {
        await factory.Accounts.OrganisationAsync("Readable Org");
        // A value no version of the server writes: reading it fails inside the store, past every refusal.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "codraft.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE organisations SET type = 'NotAType';";
            await command.ExecuteNonQueryAsync();
        }

        var response = await admin.Client.GetAsync("/api/organisations");

        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task A_refused_character_is_named_by_field_and_code_point_position()
    {
        var lead = await factory.Accounts.PersonInNewOrganisationAsync("Lena Lead");

        var title = await lead.Client.PostAsJsonAsync("/api/statements", new { title = "😀 Open\u000Bletter" });
        var text = await lead.Client.PostAsJsonAsync("/api/statements", new { title = "Letter", text = "Line one\n\u0001" });

        var problem = await title.AssertProblemAsync(400, "text.invalid_character");
        Assert.Equal(("title", 6), (problem.GetProperty("field").GetString(), problem.GetProperty("position").GetInt32()));
        problem = await text.AssertProblemAsync(400, "text.invalid_character");
        Assert.Equal(("text", 9), (problem.GetProperty("field").GetString(), problem.GetProperty("position").GetInt32()));
        Assert.Contains("U+0001", problem.GetProperty("detail").GetString());
        Assert.Empty((await (await lead.Client.GetAsync("/api/statements")).ReadJsonAsync()).EnumerateArray());
    }
}
