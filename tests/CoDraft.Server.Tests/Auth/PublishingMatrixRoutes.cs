using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using CoDraft.Core.Accounts;
using CoDraft.Server.Tests.Infrastructure;
using CoDraft.Server.Tests.SignOff;
using static CoDraft.Server.Tests.Infrastructure.Caller;

namespace CoDraft.Server.Tests.Auth;

/// <summary>
/// The publication routes of the access matrix. They act on a published twin of the coalition's statement (same
/// people, same roles, approved by both organisations), made once per coalition; each moderation call files a new
/// sign-on request first, and each reconfirmation answers a new correction.
/// </summary>
public static class PublishingMatrixRoutes
{
    private static readonly Caller[] Everyone = [Viewer, Commenter, Signatory, Editor, Lead];
    private static readonly Caller[] Leads = [Lead];
    private static readonly Caller[] Deciders = [Signatory, Lead];
    private static readonly ConditionalWeakTable<Coalition, Task<(Guid Id, string Slug)>> Twins = [];
    private static readonly ConditionalWeakTable<Coalition, Task<(Guid Id, string Slug)>> EmbargoedTwins = [];

    public static IReadOnlyList<MatrixRoute> All { get; } =
    [
        new("GET", "/api/statements/{id:guid}/public-page", async c => Get((await TwinAsync(c)).Id, "/public-page"), Everyone, 200),
        // Each allowed call moves the embargo further out, so the twin stays embargoed for the next caller.
        new("PUT", "/api/statements/{id:guid}/publication/public-from", async c => new HttpRequestMessage(HttpMethod.Put,
                $"/api/statements/{(await EmbargoedTwinAsync(c)).Id}/publication/public-from")
            { Content = JsonContent.Create(new { publicFrom = DateTimeOffset.UtcNow.AddYears(50).AddSeconds(Random.Shared.Next(100_000)) }) },
            Leads, 200),
        new("GET", "/api/statements/{id:guid}/sign-ons", async c => Get((await TwinAsync(c)).Id, "/sign-ons"), Leads, 200),
        new("POST", "/api/statements/{id:guid}/sign-ons/{requestId:guid}/approve", c => ModerateAsync(c, "approve"), Leads, 200),
        new("POST", "/api/statements/{id:guid}/sign-ons/{requestId:guid}/reject", c => ModerateAsync(c, "reject"), Leads, 200),
        new("GET", "/api/statements/{id:guid}/corrections", async c => Get((await TwinAsync(c)).Id, "/corrections"), Everyone, 200),
        new("POST", "/api/statements/{id:guid}/corrections",
            async c => Post((await TwinAsync(c)).Id, "/corrections", new { text = $"Corrected {Guid.NewGuid()}", reason = "Matrix." }), Leads, 201),
        new("POST", "/api/statements/{id:guid}/corrections/{number:long}/reconfirmations", ReconfirmAsync, Deciders, 200),
        new("GET", "/api/statements/{id:guid}/exports/statement.md", async c => Get((await TwinAsync(c)).Id, "/exports/statement.md"), Everyone, 200),
        new("GET", "/api/statements/{id:guid}/exports/statement.html", async c => Get((await TwinAsync(c)).Id, "/exports/statement.html"), Everyone, 200),
        new("GET", "/api/statements/{id:guid}/exports/statement.json", async c => Get((await TwinAsync(c)).Id, "/exports/statement.json"), Everyone, 200),
        new("GET", "/api/statements/{id:guid}/exports/signatories.csv", async c => Get((await TwinAsync(c)).Id, "/exports/signatories.csv"), Everyone, 200),
    ];

    private static Task<(Guid Id, string Slug)> TwinAsync(Coalition c) => Twins.GetValue(c, coalition => PublishedTwinAsync(coalition, null));

    private static Task<(Guid Id, string Slug)> EmbargoedTwinAsync(Coalition c) =>
        EmbargoedTwins.GetValue(c, coalition => PublishedTwinAsync(coalition, DateTimeOffset.UtcNow.AddYears(50)));

    private static async Task<(Guid Id, string Slug)> PublishedTwinAsync(Coalition coalition, DateTimeOffset? publicFrom)
    {
        var (id, _) = await coalition.Lead.Client.CreateStatementAsync("Published twin", "We call on the EU.");
        await TestAccounts.AddPartnerAsync(coalition.Lead, id, coalition.PartnerOrganisation);
        foreach (var (caller, role) in new[] { (Viewer, StatementRole.Viewer), (Commenter, StatementRole.Commenter), (Signatory, StatementRole.Signatory), (Editor, StatementRole.Editor) })
        {
            await TestAccounts.GiveRoleAsync(coalition.Lead, id, coalition.Person(caller)!, role);
        }
        (await coalition.Lead.Client.OpenRoundAsync(id)).EnsureSuccessStatusCode();
        await coalition.Lead.Client.DecidedAsync(id, "Approve");
        await coalition.Client(Signatory).DecidedAsync(id, "Approve");
        (await coalition.Lead.Client.PublishAsync(id, publicFrom)).EnsureSuccessStatusCode();
        var page = await (await coalition.Lead.Client.GetAsync($"/api/statements/{id}/public-page")).ReadJsonAsync();
        return (id, page.GetProperty("slug").GetString()!);
    }

    private static async Task<HttpRequestMessage> ModerateAsync(Coalition c, string decision)
    {
        var (id, slug) = await TwinAsync(c);
        var filed = await c.Factory.Accounts.Anonymous().PostAsJsonAsync($"/api/public/statements/{slug}/sign-ons", new
        {
            organisation = $"Matrix Org {Guid.NewGuid():N}", country = "DE", type = "Ngo", contactPerson = "M", email = "m@example.org", consent = true,
        });
        filed.EnsureSuccessStatusCode();
        var requestId = (await filed.ReadJsonAsync()).GetProperty("id").GetGuid();
        return Post(id, $"/sign-ons/{requestId}/{decision}", new { });
    }

    private static async Task<HttpRequestMessage> ReconfirmAsync(Coalition c)
    {
        var (id, _) = await TwinAsync(c);
        var corrected = await c.Lead.Client.PostAsJsonAsync($"/api/statements/{id}/corrections", new { text = $"Corrected {Guid.NewGuid()}", reason = "Matrix." });
        corrected.EnsureSuccessStatusCode();
        var number = (await corrected.ReadJsonAsync()).GetProperty("number").GetInt64();
        return Post(id, $"/corrections/{number}/reconfirmations", new { decision = "Reconfirmed" });
    }

    private static HttpRequestMessage Get(Guid id, string suffix) => new(HttpMethod.Get, $"/api/statements/{id}{suffix}");

    private static HttpRequestMessage Post(Guid id, string suffix, object body) =>
        new(HttpMethod.Post, $"/api/statements/{id}{suffix}") { Content = JsonContent.Create(body) };
}
