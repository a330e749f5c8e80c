using System.Net.Http.Json;
using CoDraft.Core.Accounts;
using CoDraft.Server.Tests.Infrastructure;
using CoDraft.Server.Tests.SignOff;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoDraft.Server.Tests.Publishing;

/// <summary>
/// One server and a small coalition (a lead of the convening organisation, an editor, a viewer, and a signatory
/// in each of two partners, plus an outsider), made once per test class. <see cref="PublishAsync"/> runs a whole
/// round through the real APIs and publishes; every test makes its own statements.
/// </summary>
public class PublicationFixture : IAsyncLifetime
{
    public PublicationFixture() : this(new Dictionary<string, string?>())
    {
    }

    protected PublicationFixture(IReadOnlyDictionary<string, string?> settings) => Factory = new CoDraftFactory(settings: settings);

    public CoDraftFactory Factory { get; }
    public Guid Convening { get; private set; }
    public Guid PartnerA { get; private set; }
    public Guid PartnerB { get; private set; }
    public TestPerson Lead { get; private set; } = null!;
    public TestPerson Editor { get; private set; } = null!;
    public TestPerson Viewer { get; private set; } = null!;
    public TestPerson SignatoryA { get; private set; } = null!;
    public TestPerson SignatoryB { get; private set; } = null!;
    public TestPerson Outsider { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var accounts = Factory.Accounts;
        Convening = await accounts.OrganisationAsync("Convening Alliance", "DE");
        PartnerA = await accounts.OrganisationAsync("Partner <A> & Co", "BE");
        PartnerB = await accounts.OrganisationAsync("Partner B", "FR");
        Lead = await accounts.PersonAsync("Lena Lead", Convening, organisationAdmin: true);
        Editor = await accounts.PersonAsync("Eddie Editor", Convening);
        Viewer = await accounts.PersonAsync("Vera Viewer", PartnerA);
        SignatoryA = await accounts.PersonAsync("Anna Signatory", PartnerA);
        SignatoryB = await accounts.PersonAsync("Bruno Signatory", PartnerB);
        Outsider = await accounts.PersonAsync("Otto Outsider", await accounts.OrganisationAsync("Outsider Company", "NL"));
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A client of nobody, which shows redirects instead of following them.</summary>
    public HttpClient Public() => Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = false, BaseAddress = Factory.ClientOptions.BaseAddress,
    });

    /// <summary>A new statement, approved by all three organisations and published; its id and public slug.</summary>
    public async Task<(Guid Id, string Slug)> PublishAsync(string title, string text, DateTimeOffset? publicFrom = null)
    {
        var (id, _) = await Lead.Client.CreateStatementAsync(title, text);
        await TestAccounts.AddPartnerAsync(Lead, id, PartnerA);
        await TestAccounts.AddPartnerAsync(Lead, id, PartnerB);
        await TestAccounts.GiveRoleAsync(Lead, id, SignatoryA, StatementRole.Signatory);
        await TestAccounts.GiveRoleAsync(Lead, id, SignatoryB, StatementRole.Signatory);
        await TestAccounts.GiveRoleAsync(Lead, id, Editor, StatementRole.Editor);
        await TestAccounts.GiveRoleAsync(Lead, id, Viewer, StatementRole.Viewer);
        (await Lead.Client.OpenRoundAsync(id)).EnsureSuccessStatusCode();
        foreach (var person in new[] { Lead, SignatoryA, SignatoryB })
        {
            await person.Client.DecidedAsync(id, "Approve");
        }
        var published = await Lead.Client.PublishAsync(id, publicFrom);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        var page = await (await Lead.Client.GetAsync($"/api/statements/{id}/public-page")).ReadJsonAsync();
        return (id, page.GetProperty("slug").GetString()!);
    }

    /// <summary>The sign-on form's fields, valid unless changed.</summary>
    public static Dictionary<string, string> Form(string organisation, string country = "NL", string type = "Ngo", bool consent = true) => new()
    {
        ["organisation"] = organisation,
        ["country"] = country,
        ["type"] = type,
        ["website"] = "https://example.org",
        ["contactPerson"] = "Clara Contact",
        ["email"] = "clara@example.org",
        ["consent"] = consent ? "true" : "",
        ["homepage"] = "",
    };

    /// <summary>Posts the HTML sign-on form as a browser does.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string slug, Dictionary<string, string> fields) =>
        Public().PostAsync($"/p/{slug}/sign-on", new FormUrlEncodedContent(fields));

    /// <summary>The statement's sign-on requests, as its lead sees them.</summary>
    public async Task<System.Text.Json.JsonElement> RequestsAsync(Guid id, string? status = null)
    {
        var response = await Lead.Client.GetAsync($"/api/statements/{id}/sign-ons" + (status is null ? "" : $"?status={status}"));
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    /// <summary>Files a sign-on through the form and approves it as the lead; the request's id.</summary>
    public async Task<Guid> SignedOnAsync(Guid id, string slug, string organisation, string country = "NL")
    {
        var posted = await PostFormAsync(slug, Form(organisation, country));
        Assert.Equal(System.Net.HttpStatusCode.SeeOther, posted.StatusCode);
        var request = (await RequestsAsync(id, "Pending")).EnumerateArray().Single(r => r.GetProperty("organisation").GetString() == organisation.Trim());
        var requestId = request.GetProperty("id").GetGuid();
        (await Lead.Client.PostAsJsonAsync($"/api/statements/{id}/sign-ons/{requestId}/approve", new { })).EnsureSuccessStatusCode();
        return requestId;
    }
}

/// <summary>A server whose per-address sign-on limit is 2 an hour.</summary>
public sealed class ThrottledPublicationFixture() : PublicationFixture(new Dictionary<string, string?> { ["Publication:SignOnsPerAddressPerHour"] = "2" });
