using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using CoDraft.Server.Tests.Auth;
using CoDraft.Server.Tests.Infrastructure;
using CoDraft.Server.Tests.SignOff;
using Microsoft.Data.Sqlite;

namespace CoDraft.Server.Tests.BadInput;

/// <summary>
/// A coalition on a real port (for SignalR clients) with what bad input is aimed at: its statement in drafting with
/// a comment thread, a second statement of the lead's published at a public address, and an administrator. Automatic
/// revisions after an idle pause are put off, so that nothing writes to the store unless a request does.
/// </summary>
public sealed class BadInputFixture : IAsyncLifetime
{
    private readonly KestrelCoalitionFixture server = new(new Dictionary<string, string?> { ["Editing:AutoRevisionIdleSeconds"] = "3600" });

    public Coalition Coalition => server.Coalition;
    public Uri Address => server.Address;
    public TestPerson Admin { get; private set; } = null!;
    public Guid ThreadId { get; private set; }
    public Guid PublishedId { get; private set; }
    public string Slug { get; private set; } = null!;
    public string PublishedText { get; } = "We, the undersigned, call on the EU.";

    public async Task InitializeAsync()
    {
        await server.InitializeAsync();
        Admin = await Coalition.Factory.Accounts.AdministratorAsync();
        var lead = Coalition.Lead.Client;
        var thread = await lead.PostAsJsonAsync($"/api/statements/{Coalition.StatementId}/threads", new { start = 0, end = 2, body = "Stronger?" });
        ThreadId = (await thread.EnsureSuccessStatusCode().ReadJsonAsync()).GetProperty("id").GetGuid();

        (PublishedId, _) = await lead.CreateStatementAsync("Published letter", PublishedText);
        (await lead.OpenRoundAsync(PublishedId)).EnsureSuccessStatusCode();
        await lead.DecidedAsync(PublishedId, "Approve");
        (await lead.PublishAsync(PublishedId)).EnsureSuccessStatusCode();
        Slug = (await (await lead.GetAsync($"/api/statements/{PublishedId}/public-page")).ReadJsonAsync()).GetProperty("slug").GetString()!;
    }

    public Task DisposeAsync() => server.DisposeAsync();

    /// <summary>
    /// The SHA-256 of every row of every table of the server's SQLite file, table by table in name order, rows in
    /// storage order: equal before and after a request when it stored nothing.
    /// </summary>
    public async Task<string> StoreDigestAsync()
    {
        var path = Path.Combine(Coalition.Factory.DataDirectory, "codraft.db");
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"\u0002{table}\u0002"));
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\";";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i) switch
                    {
                        DBNull => "\u0000null",
                        byte[] bytes => Convert.ToHexString(bytes),
                        var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
                    };
                    hash.AppendData(Encoding.UTF8.GetBytes(value + "\u0001"));
                }
                hash.AppendData("\n"u8);
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
