using System.Net;
using System.Net.Http.Json;
using CoDraft.Server.Auth;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoDraft.Server.Tests.Auth;

public sealed class SecurityTests
{
    [Fact]
    public async Task Every_answer_carries_the_security_headers()
    {
        using var factory = new CoDraftFactory();
        var anonymous = factory.CreateAnonymousClient();

        foreach (var response in new[] { await anonymous.GetAsync("/api/auth/antiforgery"), await anonymous.GetAsync("/api/statements") })
        {
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("default-src 'self'", policy);
            Assert.Contains("frame-ancestors 'none'", policy);
            Assert.Contains("script-src 'self';", policy);
            Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy);
        }
    }

    [Fact]
    public async Task Cross_origin_calls_are_refused_unless_the_origin_is_configured()
    {
        using var closed = new CoDraftFactory();
        using var open = new CoDraftFactory(settings: new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = "https://partner-tool.example" });

        var refused = await closed.CreateAnonymousClient().SendAsync(Preflight("https://partner-tool.example"));
        var allowed = await open.CreateAnonymousClient().SendAsync(Preflight("https://partner-tool.example"));
        var otherOrigin = await open.CreateAnonymousClient().SendAsync(Preflight("https://evil.example"));

        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal("https://partner-tool.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(otherOrigin.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Passwords_and_tokens_never_reach_the_log_even_at_trace_level()
    {
        using var factory = new CoDraftFactory { CaptureLogs = true };
        var setupToken = factory.Services.GetRequiredService<SetupToken>().Current!;
        var admin = await factory.Accounts.AdministratorAsync();
        var organisation = await factory.Accounts.OrganisationAsync();
        var email = TestAccounts.NewEmail("careful");
        var invitation = await TestAccounts.InviteAsync(admin.Client, new { email, organisationId = organisation });
        const string chosen = "my very own secret passphrase";
        await factory.CreateAnonymousClient().PostAsJsonAsync("/api/invitations/accept", new { token = invitation, name = "Careful", password = chosen });
        var anonymous = factory.CreateAnonymousClient();
        await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = chosen, password = "typed into the wrong field" });
        await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email, password = "a wrong guess at the password" });
        var person = await factory.Accounts.SignInAsync(email, chosen);
        const string changed = "another long secret passphrase";
        await person.Client.PostAsJsonAsync("/api/auth/password", new { currentPassword = chosen, newPassword = changed });
        await anonymous.PostAsync($"/hubs/draft/negotiate?negotiateVersion=1&access_token={Uri.EscapeDataString(person.Token)}", null);
        await factory.Accounts.Bearer(person.Token + "x").GetAsync("/api/auth/me");

        var secrets = new[]
        {
            setupToken, invitation, chosen, changed, "typed into the wrong field", "a wrong guess at the password",
            person.Token, admin.Token, TestAccounts.Password, Core.Accounts.SecretToken.Hash(person.Token),
        };
        Assert.NotEmpty(factory.Logs.Messages);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(factory.Logs.Messages, m => m.Contains(secret, StringComparison.Ordinal) || m.Contains(Uri.EscapeDataString(secret), StringComparison.Ordinal));
        }
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/statements");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }
}
