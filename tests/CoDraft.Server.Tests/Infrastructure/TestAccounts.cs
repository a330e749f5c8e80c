using System.Net.Http.Headers;
using System.Net.Http.Json;
using CoDraft.Core.Accounts;
using CoDraft.Server.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace CoDraft.Server.Tests.Infrastructure;

/// <summary>
/// Builds the people a test needs through the real APIs: the first administrator with the printed setup token,
/// organisations, people invited into them who accept with a password, and for each a personal access token made
/// in a cookie session (with its anti-forgery header), as a script would.
/// </summary>
public sealed class TestAccounts(CoDraftFactory factory, Func<HttpClient>? newClient = null)
{
    /// <summary>Everyone's password in tests.</summary>
    public const string Password = "a long enough test password";

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, Lazy<Task<TestPerson>>> organisationAdmins = new();
    private TestPerson? administrator;

    /// <summary>
    /// An administrator of <paramref name="organisationId"/>, made on first use: the one who accepts invitations to
    /// take part and names the organisation's signatories, as only an organisation's own administrators may.
    /// </summary>
    public Task<TestPerson> OrganisationAdminAsync(Guid organisationId) =>
        organisationAdmins.GetOrAdd(organisationId, id => new Lazy<Task<TestPerson>>(() => PersonAsync("Organisation Admin", id, organisationAdmin: true))).Value;

    /// <summary>A client with no identity and no cookie jar.</summary>
    public HttpClient Anonymous() => newClient?.Invoke() ?? factory.CreateAnonymousClient();

    /// <summary>The first administrator, created on first use with the one-time setup token.</summary>
    public async Task<TestPerson> AdministratorAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (administrator is null)
            {
                var setup = factory.Services.GetRequiredService<SetupToken>().Current ?? throw new InvalidOperationException("Setup is over.");
                var email = NewEmail("admin");
                var response = await Anonymous().PostAsJsonAsync("/api/auth/setup", new { token = setup, email, name = "Administrator", password = Password });
                response.EnsureSuccessStatusCode();
                administrator = await SignInAsync(email);
            }
            return administrator;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A new organisation, created by the administrator; its id.</summary>
    public async Task<Guid> OrganisationAsync(string name = "Kinderschutz Bund", string country = "DE")
    {
        var admin = await AdministratorAsync();
        var response = await admin.Client.PostAsJsonAsync("/api/organisations", new { name, country, type = "Ngo", website = "https://ngo.example" });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>A new person of <paramref name="organisationId"/>, invited by the administrator and signed in.</summary>
    public async Task<TestPerson> PersonAsync(string name, Guid organisationId, bool organisationAdmin = false)
    {
        var admin = await AdministratorAsync();
        var email = NewEmail(name);
        var token = await InviteAsync(admin.Client, new { email, organisationId, organisationAdmin });
        var accepted = await Anonymous().PostAsJsonAsync("/api/invitations/accept", new { token, name, password = Password });
        accepted.EnsureSuccessStatusCode();
        return await SignInAsync(email);
    }

    /// <summary>A new person who administers a new organisation of their own.</summary>
    public async Task<TestPerson> PersonInNewOrganisationAsync(string name, string organisation = "Coalition Lead") =>
        await PersonAsync(name, await OrganisationAsync(organisation), organisationAdmin: true);

    /// <summary>Creates an invitation as <paramref name="by"/>; its token.</summary>
    public static async Task<string> InviteAsync(HttpClient by, object invitation)
    {
        var response = await by.PostAsJsonAsync("/api/invitations", invitation);
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("token").GetString()!;
    }

    /// <summary>Signs in with a cookie session and makes a personal access token in it; the person with a bearer client.</summary>
    public async Task<TestPerson> SignInAsync(string email, string password = Password)
    {
        var (cookies, csrf) = await SignInWithCookieAsync(email, password);
        var create = new HttpRequestMessage(HttpMethod.Post, "/api/tokens") { Content = JsonContent.Create(new { name = "tests" }) };
        create.Headers.Add("Cookie", cookies);
        create.Headers.Add(AuthSchemes.AntiforgeryHeader, csrf);
        var created = await Anonymous().SendAsync(create);
        created.EnsureSuccessStatusCode();
        var token = (await created.ReadJsonAsync()).GetProperty("token").GetString()!;
        var client = Bearer(token);
        var me = await (await client.GetAsync("/api/auth/me")).ReadJsonAsync();
        var organisation = me.GetProperty("organisation");
        return new TestPerson(
            me.GetProperty("id").GetGuid(), me.GetProperty("name").GetString()!, email,
            organisation.ValueKind == System.Text.Json.JsonValueKind.Null ? null : organisation.GetProperty("id").GetGuid(),
            token, client) { Accounts = this };
    }

    /// <summary>Signs in; the Cookie header a browser would send afterwards, and the anti-forgery token.</summary>
    public async Task<(string Cookies, string Csrf)> SignInWithCookieAsync(string email, string password = Password)
    {
        var response = await Anonymous().PostAsJsonAsync("/api/auth/sign-in", new { email, password });
        response.EnsureSuccessStatusCode();
        var cookies = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        return (cookies, (await response.ReadJsonAsync()).GetProperty("csrfToken").GetString()!);
    }

    /// <summary>A client that sends <paramref name="token"/> as its bearer token.</summary>
    public HttpClient Bearer(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Gives <paramref name="person"/> a role on a statement <paramref name="lead"/> leads (their organisation must take part).</summary>
    /// <remarks>
    /// A signatory of an organisation the lead does not administer is only proposed; that organisation's
    /// administrator then confirms it, as a real coalition does.
    /// </remarks>
    public static async Task GiveRoleAsync(TestPerson lead, Guid statementId, TestPerson person, StatementRole role)
    {
        var response = await lead.Client.PutAsJsonAsync($"/api/statements/{statementId}/access/people/{person.Id}", new { role = role.ToString() });
        response.EnsureSuccessStatusCode();
        var proposals = (await response.ReadJsonAsync()).GetProperty("signatoryProposals");
        if (proposals.EnumerateArray().Any(p => p.GetProperty("personId").GetGuid() == person.Id))
        {
            var admin = await Accounts(lead).OrganisationAdminAsync(person.OrganisationId!.Value);
            var confirmed = await admin.Client.PutAsync(
                $"/api/organisations/{person.OrganisationId}/statements/{statementId}/signatories/{person.Id}", null);
            confirmed.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Adds a partner organisation to a statement <paramref name="lead"/> leads.</summary>
    /// <remarks>The lead invites it; the organisation's administrator accepts, as only they may.</remarks>
    public static async Task AddPartnerAsync(TestPerson lead, Guid statementId, Guid organisationId)
    {
        var response = await lead.Client.PostAsJsonAsync($"/api/statements/{statementId}/access/partners", new { organisationId });
        response.EnsureSuccessStatusCode();
        var admin = await Accounts(lead).OrganisationAdminAsync(organisationId);
        var accepted = await admin.Client.PostAsync($"/api/organisations/{organisationId}/statements/{statementId}/accept", null);
        accepted.EnsureSuccessStatusCode();
    }

    private static TestAccounts Accounts(TestPerson person) =>
        person.Accounts ?? throw new InvalidOperationException($"{person.Name} was not made by TestAccounts.");

    /// <summary>An email address no other test uses.</summary>
    public static string NewEmail(string name) =>
        $"{new string(name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray())}-{Guid.NewGuid():N}@test.example";
}
