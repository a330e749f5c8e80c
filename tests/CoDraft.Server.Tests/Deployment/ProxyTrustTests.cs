using System.Net;
using System.Net.Http.Json;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Deployment;

/// <summary>
/// The server on a real port behind "a proxy" at 127.0.0.1 (named in Proxy:KnownProxies), reached also directly from
/// other loopback addresses, which must not be believed about the client's address or scheme.
/// </summary>
public sealed class ProxyTrustTests
{
    private const string Proxy = "127.0.0.1";
    private const string Direct = "127.0.0.2";

    [Fact]
    public async Task Sign_in_over_plain_http_with_secure_cookies_is_refused_with_the_fix_named_and_the_server_warns_at_start()
    {
        using var factory = Start(new Dictionary<string, string?>(), captureLogs: true);
        using var direct = PeerClient.From(Direct, Address(factory));

        var signIn = await direct.PostAsJsonAsync("/api/auth/sign-in", new { email = "someone@example.org", password = TestAccounts.Password });
        var accept = await direct.PostAsJsonAsync("/api/invitations/accept", new { token = "cdi_unknown", name = "Ana", password = TestAccounts.Password });

        foreach (var refused in new[] { signIn, accept })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await refused.ReadJsonAsync();
            Assert.Equal("auth.https_required", problem.GetProperty("code").GetString());
            Assert.Contains("Proxy:KnownProxies", problem.GetProperty("detail").GetString());
        }
        Assert.Contains(factory.Logs.Messages, m => m.StartsWith("Warning", StringComparison.Ordinal) && m.Contains("plain http only"));
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_people_sign_in_and_links_use_the_address_the_proxy_was_reached_by()
    {
        using var factory = Start(new Dictionary<string, string?> { ["Proxy:KnownProxies:0"] = Proxy }, captureLogs: true);
        var server = Address(factory);
        var accounts = new TestAccounts(factory, () => PeerClient.From(Proxy, server,
            ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "codraft.example.org"), ("X-Forwarded-For", "203.0.113.7")));

        var admin = await accounts.AdministratorAsync();
        var invitation = await admin.Client.PostAsJsonAsync("/api/invitations", new { email = TestAccounts.NewEmail("ana"), organisationId = await accounts.OrganisationAsync() });

        Assert.Equal(HttpStatusCode.Created, invitation.StatusCode);
        Assert.StartsWith("https://codraft.example.org/invite#cdi_", (await invitation.ReadJsonAsync()).GetProperty("link").GetString());
        Assert.DoesNotContain(factory.Logs.Messages, m => m.Contains("plain http only"));
    }

    [Fact]
    public async Task Forwarded_headers_from_a_peer_that_is_not_a_trusted_proxy_are_ignored()
    {
        using var factory = Start(new Dictionary<string, string?> { ["Proxy:KnownProxies:0"] = Proxy }, captureLogs: false);
        using var forger = PeerClient.From(Direct, Address(factory), ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", Proxy));

        var signIn = await forger.PostAsJsonAsync("/api/auth/sign-in", new { email = "someone@example.org", password = TestAccounts.Password });

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal("auth.https_required", (await signIn.ReadJsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Clients_behind_the_proxy_are_limited_separately_and_a_forged_address_does_not_escape_the_limit()
    {
        using var factory = Start(new Dictionary<string, string?>
        {
            ["Proxy:KnownProxies:0"] = Proxy,
            ["Auth:SignInPerIpPerMinute"] = "3",
            // The per-address limit, not https, is under test: let the direct client's plain http through.
            ["Auth:CookieSecurePolicy"] = "SameAsRequest",
        }, captureLogs: false);
        var server = Address(factory);

        var first = await SignInStatusesAsync(4, _ => PeerClient.From(Proxy, server, ("X-Forwarded-For", "203.0.113.1")));
        var second = await SignInStatusesAsync(1, _ => PeerClient.From(Proxy, server, ("X-Forwarded-For", "203.0.113.2")));
        var forged = await SignInStatusesAsync(4, i => PeerClient.From(Direct, server, ("X-Forwarded-For", $"198.51.100.{i + 1}")));

        Assert.Equal([401, 401, 401, 429], first);
        Assert.Equal([401], second);
        Assert.Equal([401, 401, 401, 429], forged);
    }

    [Fact]
    public void A_trusted_proxy_given_by_name_rather_than_address_stops_the_server_naming_the_setting()
    {
        using var factory = new CoDraftFactory(settings: new Dictionary<string, string?> { ["Proxy:KnownProxies:0"] = "caddy" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Proxy:KnownProxies holds 'caddy', which is not an IP address", error.ToString());
    }

    private static async Task<int[]> SignInStatusesAsync(int attempts, Func<int, HttpClient> client)
    {
        var statuses = new int[attempts];
        for (var i = 0; i < attempts; i++)
        {
            using var http = client(i);
            // A new email each time, so that only the per-address limit can bite.
            var response = await http.PostAsJsonAsync("/api/auth/sign-in", new { email = TestAccounts.NewEmail("nobody"), password = "not the password at all" });
            statuses[i] = (int)response.StatusCode;
        }
        return statuses;
    }

    private static CoDraftFactory Start(Dictionary<string, string?> settings, bool captureLogs)
    {
        var factory = new CoDraftFactory(settings: settings) { CaptureLogs = captureLogs };
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    private static Uri Address(CoDraftFactory factory) => factory.ClientOptions.BaseAddress;
}
