using System.Net;
using System.Net.Http.Json;
using CoDraft.Core.Accounts;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Auth;

public sealed class OrganisationsApiTests : IAsyncLifetime
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
    public async Task An_administrator_creates_an_organisation_with_its_country_type_and_website()
    {
        var response = await admin.Client.PostAsJsonAsync("/api/organisations",
            new { name = "Child Rights Network", country = "be", type = "Network", website = "https://crn.example" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var organisation = await (await admin.Client.GetAsync(response.Headers.Location)).ReadJsonAsync();
        Assert.Equal(("Child Rights Network", "BE", "Network", "https://crn.example"), (
            organisation.GetProperty("name").GetString(), organisation.GetProperty("country").GetString(),
            organisation.GetProperty("type").GetString(), organisation.GetProperty("website").GetString()));
    }

    [Fact]
    public async Task Only_administrators_create_organisations()
    {
        var person = await factory.Accounts.PersonInNewOrganisationAsync("Org Admin");

        var response = await person.Client.PostAsJsonAsync("/api/organisations", new { name = "Self-made", country = "DE", type = "Ngo" });

        await response.AssertProblemAsync(403, "access.forbidden");
    }

    [Theory]
    [InlineData("Germany", "Ngo", null)]
    [InlineData("DE", null, null)]
    [InlineData("DE", "Ngo", "javascript:alert(1)")]
    public async Task An_organisation_with_bad_details_is_refused(string country, string? type, string? website)
    {
        var response = await admin.Client.PostAsJsonAsync("/api/organisations", new { name = "Bad", country, type, website });

        await response.AssertProblemAsync(400, "request.invalid");
    }

    [Fact]
    public async Task An_organisation_administrator_manages_its_members_and_a_removed_member_loses_its_statements()
    {
        var organisation = await factory.Accounts.OrganisationAsync("Save the Children");
        var orgAdmin = await factory.Accounts.PersonAsync("Org Admin", organisation, organisationAdmin: true);
        var member = await factory.Accounts.PersonAsync("Member", organisation);
        var (statement, _) = await orgAdmin.Client.CreateStatementAsync("Letter", "Text.");
        await TestAccounts.GiveRoleAsync(orgAdmin, statement, member, StatementRole.Editor);

        var promotedByMember = await member.Client.PutAsJsonAsync($"/api/organisations/{organisation}/members/{member.Id}", new { isOrganisationAdmin = true });
        var members = await (await member.Client.GetAsync($"/api/organisations/{organisation}/members")).ReadJsonAsync();
        var removed = await orgAdmin.Client.DeleteAsync($"/api/organisations/{organisation}/members/{member.Id}");

        await promotedByMember.AssertProblemAsync(403, "access.forbidden");
        Assert.Equal([orgAdmin.Id, member.Id], members.EnumerateArray().Select(m => m.GetProperty("personId").GetGuid()));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await (await member.Client.GetAsync($"/api/statements/{statement}")).AssertProblemAsync(404, "statement.not_found");
        Assert.Empty((await (await member.Client.GetAsync("/api/statements")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Outsiders_do_not_see_an_organisations_members()
    {
        var organisation = await factory.Accounts.OrganisationAsync("Private Members");
        var outsider = await factory.Accounts.PersonInNewOrganisationAsync("Outsider");

        var response = await outsider.Client.GetAsync($"/api/organisations/{organisation}/members");

        await response.AssertProblemAsync(403, "access.forbidden");
    }

    [Fact]
    public async Task Someone_without_an_organisation_cannot_start_a_statement()
    {
        var response = await admin.Client.PostAsJsonAsync("/api/statements", new { title = "Mine", text = "" });

        await response.AssertProblemAsync(403, "access.no_organisation");
    }
}
