using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using CoDraft.Core.Accounts;
using CoDraft.Server.Tests.Infrastructure;
using CoDraft.Server.Tests.SignOff;
using static CoDraft.Server.Tests.Infrastructure.Caller;

namespace CoDraft.Server.Tests.Auth;

/// <summary>
/// The review and sign-off routes of the access matrix. Each prepares, as the lead, the state a successful call
/// needs, whatever state earlier cases left the coalition's statement in; publishing and what needs a published
/// statement use a twin statement with the same people and roles, so the shared one never closes its text.
/// </summary>
public static class SignOffMatrixRoutes
{
    private static readonly Caller[] Everyone = [Viewer, Commenter, Signatory, Editor, Lead];
    private static readonly Caller[] Leads = [Lead];
    private static readonly Caller[] Deciders = [Signatory, Lead];
    private static readonly ConditionalWeakTable<Coalition, Task<Guid>> PublishedTwins = [];

    public static IReadOnlyList<MatrixRoute> All { get; } =
    [
        new("GET", "/api/statements/{id:guid}/lifecycle", c => Get(c.StatementId, "/lifecycle"), Everyone, 200),
        new("POST", "/api/statements/{id:guid}/lifecycle", c => Post(c.StatementId, "/lifecycle", new { to = "Drafting" }), Leads, 200, InReviewAsync),
        new("GET", "/api/statements/{id:guid}/signoff", c => Get(c.StatementId, "/signoff"), Everyone, 200),
        new("GET", "/api/statements/{id:guid}/signoff/rounds", c => Get(c.StatementId, "/signoff/rounds"), Everyone, 200),
        new("POST", "/api/statements/{id:guid}/signoff/rounds", c => Post(c.StatementId, "/signoff/rounds", new { }), Leads, 201, DraftingAsync),
        new("POST", "/api/statements/{id:guid}/signoff/candidates", c => Post(c.StatementId, "/signoff/candidates", new { }), Leads, 201, ChangedInReviewAsync),
        new("POST", "/api/statements/{id:guid}/signoff/decisions",
            async c => await Post(c.StatementId, "/signoff/decisions", new { decision = "Approve", sha256 = await c.Lead.Client.CandidateHashAsync(c.StatementId) }),
            Deciders, 200, FreshRoundAsync),
        new("GET", "/api/statements/{id:guid}/signoff/redline", c => Get(c.StatementId, "/signoff/redline"), Everyone, 200, InReviewAsync),
        new("POST", "/api/statements/{id:guid}/publish", async c => await Post(await ApprovedTwinAsync(c), "/publish", new { }), Leads, 200),
        new("GET", "/api/statements/{id:guid}/publication", async c => await Get(await PublishedTwinAsync(c), "/publication"), Everyone, 200),
        new("GET", "/api/statements/{id:guid}/audit", c => Get(c.StatementId, "/audit"), Everyone, 200),
        new("GET", "/api/statements/{id:guid}/audit/verify", c => Get(c.StatementId, "/audit/verify"), Everyone, 200),
        new("GET", "/api/statements/{id:guid}/certificate", async c => await Get(await PublishedTwinAsync(c), "/certificate"), Everyone, 200),
        new("GET", "/api/statements/{id:guid}/certificate.html", async c => await Get(await PublishedTwinAsync(c), "/certificate.html"), Everyone, 200),
    ];

    private static async Task DraftingAsync(Coalition c)
    {
        if (await c.Lead.Client.StateAsync(c.StatementId) != "Drafting")
        {
            (await c.Lead.Client.MoveAsync(c.StatementId, "Drafting")).EnsureSuccessStatusCode();
        }
    }

    private static async Task InReviewAsync(Coalition c)
    {
        if (await c.Lead.Client.StateAsync(c.StatementId) == "Drafting")
        {
            (await c.Lead.Client.OpenRoundAsync(c.StatementId)).EnsureSuccessStatusCode();
        }
    }

    private static async Task FreshRoundAsync(Coalition c)
    {
        await DraftingAsync(c);
        await InReviewAsync(c);
    }

    private static async Task ChangedInReviewAsync(Coalition c)
    {
        await InReviewAsync(c);
        await c.Lead.Client.PutTextAsync(c.StatementId, await c.CurrentVersionAsync(), $"Changed for re-issue {Guid.NewGuid()}");
    }

    /// <summary>A new statement with the coalition's people in the same roles, approved by both its organisations.</summary>
    private static async Task<Guid> ApprovedTwinAsync(Coalition c)
    {
        var (id, _) = await c.Lead.Client.CreateStatementAsync("Twin letter", "We call on the EU.");
        await TestAccounts.AddPartnerAsync(c.Lead, id, c.PartnerOrganisation);
        foreach (var (caller, role) in new[] { (Viewer, StatementRole.Viewer), (Commenter, StatementRole.Commenter), (Signatory, StatementRole.Signatory), (Editor, StatementRole.Editor) })
        {
            await TestAccounts.GiveRoleAsync(c.Lead, id, c.Person(caller)!, role);
        }
        (await c.Lead.Client.OpenRoundAsync(id)).EnsureSuccessStatusCode();
        await c.Lead.Client.DecidedAsync(id, "Approve");
        await c.Client(Signatory).DecidedAsync(id, "Approve");
        return id;
    }

    private static Task<Guid> PublishedTwinAsync(Coalition c) => PublishedTwins.GetValue(c, async coalition =>
    {
        var id = await ApprovedTwinAsync(coalition);
        (await coalition.Lead.Client.PublishAsync(id)).EnsureSuccessStatusCode();
        return id;
    });

    private static Task<HttpRequestMessage> Get(Guid id, string suffix) =>
        Task.FromResult(new HttpRequestMessage(HttpMethod.Get, $"/api/statements/{id}{suffix}"));

    private static Task<HttpRequestMessage> Post(Guid id, string suffix, object body) =>
        Task.FromResult(new HttpRequestMessage(HttpMethod.Post, $"/api/statements/{id}{suffix}") { Content = JsonContent.Create(body) });
}
