using System.Net;
using System.Net.Http.Json;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Auth;

/// <summary>Browser sessions: the cookie's attributes, anti-forgery on changes, sign-out and password change.</summary>
public sealed class CookieSessionTests : IAsyncLifetime
{
    private readonly CoDraftFactory factory = new();
    private TestPerson person = null!;

    public async Task InitializeAsync() => person = await factory.Accounts.PersonInNewOrganisationAsync("Amira Browser");

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_session_cookie_is_secure_http_only_same_site_strict_and_host_only()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { email = person.Email, password = TestAccounts.Password });

        var session = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-codraft="));
        var attributes = session.ToLowerInvariant();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain("domain=", attributes);
    }

    [Fact]
    public async Task A_change_made_with_the_session_cookie_needs_the_anti_forgery_header()
    {
        var browser = factory.CreateClient();
        var csrf = await SignInAsync(browser);

        var without = await browser.PostAsJsonAsync("/api/statements", new { title = "Forged", text = "x" });
        var withWrong = await Send(browser, HttpMethod.Post, "/api/statements", new { title = "Forged", text = "x" }, "not-the-token");
        var read = await browser.GetAsync("/api/statements");
        var with = await Send(browser, HttpMethod.Post, "/api/statements", new { title = "Genuine", text = "x" }, csrf);

        await without.AssertProblemAsync(400, "antiforgery.invalid");
        await withWrong.AssertProblemAsync(400, "antiforgery.invalid");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
        var titles = (await (await browser.GetAsync("/api/statements")).ReadJsonAsync()).EnumerateArray().Select(s => s.GetProperty("title").GetString());
        Assert.Equal(["Genuine"], titles);
    }

    [Fact]
    public async Task A_bearer_token_request_needs_no_anti_forgery_header()
    {
        var created = await person.Client.PostAsJsonAsync("/api/statements", new { title = "By script", text = "x" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task The_anti_forgery_token_can_be_fetched_again_for_the_session()
    {
        var browser = factory.CreateClient();
        await SignInAsync(browser);

        var fetched = await (await browser.GetAsync("/api/auth/antiforgery")).ReadJsonAsync();
        var created = await Send(browser, HttpMethod.Post, "/api/statements", new { title = "With a fetched token", text = "" }, fetched.GetProperty("token").GetString()!);

        Assert.Equal("X-CSRF-TOKEN", fetched.GetProperty("headerName").GetString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var browser = factory.CreateClient();
        var csrf = await SignInAsync(browser);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/auth/me")).StatusCode);

        var signOut = await Send(browser, HttpMethod.Post, "/api/auth/sign-out", null, csrf);

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        await (await browser.GetAsync("/api/auth/me")).AssertProblemAsync(401, "auth.required");
    }

    [Fact]
    public async Task Changing_the_password_ends_other_sessions_and_keeps_this_one()
    {
        var (here, elsewhere) = (factory.CreateClient(), factory.CreateClient());
        var csrf = await SignInAsync(here);
        await SignInAsync(elsewhere);
        const string newPassword = "an even longer new password";

        var wrongCurrent = await Send(here, HttpMethod.Post, "/api/auth/password", new { currentPassword = "not my password", newPassword }, csrf);
        var changed = await Send(here, HttpMethod.Post, "/api/auth/password", new { currentPassword = TestAccounts.Password, newPassword }, csrf);

        await wrongCurrent.AssertProblemAsync(400, "auth.wrong_password");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/auth/me")).StatusCode);
        await (await elsewhere.GetAsync("/api/auth/me")).AssertProblemAsync(401, "auth.required");
        var oldPassword = await factory.CreateAnonymousClient().PostAsJsonAsync("/api/auth/sign-in", new { email = person.Email, password = TestAccounts.Password });
        await oldPassword.AssertProblemAsync(401, "auth.invalid_credentials");
        Assert.Equal(person.Email, (await factory.Accounts.SignInAsync(person.Email, newPassword)).Email);
    }

    [Fact]
    public async Task A_new_password_must_be_long_enough()
    {
        var response = await person.Client.PostAsJsonAsync("/api/auth/password", new { currentPassword = TestAccounts.Password, newPassword = "short" });

        await response.AssertProblemAsync(400, "request.invalid");
        Assert.Equal(person.Email, (await factory.Accounts.SignInAsync(person.Email)).Email);
    }

    private async Task<string> SignInAsync(HttpClient browser)
    {
        var response = await browser.PostAsJsonAsync("/api/auth/sign-in", new { email = person.Email, password = TestAccounts.Password });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("csrfToken").GetString()!;
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, object? body, string csrf)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", csrf);
        return client.SendAsync(request);
    }
}
