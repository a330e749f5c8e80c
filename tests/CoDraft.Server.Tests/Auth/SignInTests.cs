using System.Net;
using System.Net.Http.Json;
using CoDraft.Server.Auth;
using CoDraft.Server.Extensions;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoDraft.Server.Tests.Auth;

public sealed class SignInTests : IDisposable
{
    private readonly List<CoDraftFactory> factories = [];

    public void Dispose()
    {
        foreach (var factory in factories)
        {
            factory.Dispose();
        }
    }

    [Fact]
    public async Task A_fresh_server_has_no_default_account_and_its_setup_token_works_once()
    {
        var factory = Server();
        var anonymous = factory.CreateAnonymousClient();
        var token = factory.Services.GetRequiredService<SetupToken>().Current!;
        var email = TestAccounts.NewEmail("first");

        var defaultSignIn = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = "admin@localhost", password = "admin" });
        var wrongToken = await anonymous.PostAsJsonAsync("/api/auth/setup", new { token = "cds_guess", email, name = "First", password = TestAccounts.Password });
        var noName = await anonymous.PostAsJsonAsync("/api/auth/setup", new { token, email, name = " ", password = TestAccounts.Password });
        var setup = await anonymous.PostAsJsonAsync("/api/auth/setup", new { token, email, name = "First", password = TestAccounts.Password });
        var again = await anonymous.PostAsJsonAsync("/api/auth/setup", new { token, email = TestAccounts.NewEmail("second"), name = "Second", password = TestAccounts.Password });

        await defaultSignIn.AssertProblemAsync(401, "auth.invalid_credentials");
        await wrongToken.AssertProblemAsync(403, "setup.refused");
        await noName.AssertProblemAsync(400, "request.invalid");
        Assert.Equal(HttpStatusCode.Created, setup.StatusCode);
        Assert.True((await setup.ReadJsonAsync()).GetProperty("isAdministrator").GetBoolean());
        await again.AssertProblemAsync(403, "setup.refused");
        var admin = await factory.Accounts.SignInAsync(email);
        Assert.True((await (await admin.Client.GetAsync("/api/auth/me")).ReadJsonAsync()).GetProperty("isAdministrator").GetBoolean());
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_answer()
    {
        var factory = Server();
        var person = await factory.Accounts.PersonInNewOrganisationAsync("Amira");
        var anonymous = factory.CreateAnonymousClient();

        var wrong = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = person.Email, password = "not the password at all" });
        var unknown = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = "nobody@test.example", password = "not the password at all" });

        var (wrongProblem, unknownProblem) = (await wrong.AssertProblemAsync(401, "auth.invalid_credentials"), await unknown.AssertProblemAsync(401, "auth.invalid_credentials"));
        Assert.Equal(wrongProblem.GetProperty("detail").GetString(), unknownProblem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task After_repeated_failures_the_account_is_locked_until_the_lockout_ends()
    {
        var factory = Server(("Auth:LockoutFailures", "3"), ("Auth:LockoutMinutes", "10"));
        var person = await factory.Accounts.PersonInNewOrganisationAsync("Amira");
        var anonymous = factory.CreateAnonymousClient();
        for (var i = 0; i < 3; i++)
        {
            await (await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = person.Email, password = $"wrong password {i}" }))
                .AssertProblemAsync(401, "auth.invalid_credentials");
        }

        var rightWhileLocked = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = person.Email, password = TestAccounts.Password });
        var wrongWhileLocked = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = person.Email, password = "still wrong, still guessing" });
        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        var rightAfterwards = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = person.Email, password = TestAccounts.Password });

        await rightWhileLocked.AssertProblemAsync(429, "auth.locked_out");
        await wrongWhileLocked.AssertProblemAsync(401, "auth.invalid_credentials");
        Assert.Equal(HttpStatusCode.OK, rightAfterwards.StatusCode);
    }

    [Fact]
    public async Task A_successful_sign_in_clears_earlier_failures()
    {
        var factory = Server(("Auth:LockoutFailures", "2"));
        var person = await factory.Accounts.PersonInNewOrganisationAsync("Amira");
        var anonymous = factory.CreateAnonymousClient();

        await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = person.Email, password = "one wrong password" });
        await factory.Accounts.SignInWithCookieAsync(person.Email);
        var wrongAgain = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = person.Email, password = "another wrong password" });

        await wrongAgain.AssertProblemAsync(401, "auth.invalid_credentials");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = person.Email, password = TestAccounts.Password })).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_for_one_email_are_limited_per_minute()
    {
        var factory = Server(("Auth:SignInPerEmailPerMinute", "3"));
        var anonymous = factory.CreateAnonymousClient();
        var email = TestAccounts.NewEmail("target");

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email, password = $"guess number {i}" }));
        }
        var otherEmail = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = TestAccounts.NewEmail("other"), password = "another guess" });

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        await answers[3].AssertProblemAsync(429, "rate.limited");
        Assert.Equal(HttpStatusCode.Unauthorized, otherEmail.StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_limited_per_minute()
    {
        var factory = Server(("Auth:SignInPerIpPerMinute", "3"));
        var anonymous = factory.CreateAnonymousClient();

        for (var i = 0; i < 3; i++)
        {
            await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = TestAccounts.NewEmail($"p{i}"), password = "a guessed password" });
        }
        var fourth = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = TestAccounts.NewEmail("p4"), password = "a guessed password" });

        await fourth.AssertProblemAsync(429, "rate.limited");
        Assert.True(fourth.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task The_admin_command_creates_an_administrator_with_the_password_from_standard_input()
    {
        var directory = Directory.CreateTempSubdirectory("codraft-admin-").FullName;
        var (output, error) = (new StringWriter(), new StringWriter());
        var email = TestAccounts.NewEmail("operator");

        var exit = await AdminCommand.RunAsync(
            ["admin", "create", "--email", email, "--name", "Operator", $"--Storage:SqlitePath={Path.Combine(directory, "codraft.db")}"],
            new StringReader(TestAccounts.Password + "\n"), output, error, passwordFromEnvironment: null);

        Assert.True(exit == 0, error.ToString());
        Assert.DoesNotContain(TestAccounts.Password, output.ToString());
        var factory = Track(new CoDraftFactory(directory));
        Assert.Null(factory.Services.GetRequiredService<SetupToken>().Current);
        var admin = await factory.Accounts.SignInAsync(email);
        Assert.True((await (await admin.Client.GetAsync("/api/auth/me")).ReadJsonAsync()).GetProperty("isAdministrator").GetBoolean());
    }

    [Fact]
    public async Task The_admin_command_takes_the_password_from_the_environment_and_refuses_a_short_one()
    {
        var directory = Directory.CreateTempSubdirectory("codraft-admin-").FullName;
        var error = new StringWriter();
        string[] args = ["admin", "create", "--email", TestAccounts.NewEmail("operator"), $"--Storage:SqlitePath={Path.Combine(directory, "codraft.db")}"];

        var exit = await AdminCommand.RunAsync(args, new StringReader(TestAccounts.Password), TextWriter.Null, error, passwordFromEnvironment: "short");

        Assert.Equal(1, exit);
        Assert.StartsWith("request.invalid:", error.ToString());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private CoDraftFactory Server(params (string Key, string Value)[] settings) =>
        Track(new CoDraftFactory(settings: settings.ToDictionary(s => s.Key, s => (string?)s.Value)));

    private CoDraftFactory Track(CoDraftFactory factory)
    {
        factories.Add(factory);
        return factory;
    }
}
