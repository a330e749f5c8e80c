using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CoDraft.Core.Accounts;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Auth;

/// <summary>Organisation types checked, names unique as normalised, renaming and removal.</summary>
public sealed partial class OrganisationChangesTests : IAsyncLifetime
{
    private readonly CoDraftFactory factory = new();
    private TestPerson admin = null!;

    public async Task InitializeAsync() => admin = await factory.Accounts.AdministratorAsync();

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<string[]> NamesAsync() =>
        (await (await admin.Client.GetAsync("/api/organisations")).ReadJsonAsync()).EnumerateArray().Select(o => o.GetProperty("name").GetString()!).ToArray();

    [Theory]
    [InlineData("99")]
    [InlineData("-1")]
    [InlineData("\"Charity\"")]
    [InlineData("\"\"")]
    public async Task An_unknown_organisation_type_is_refused_and_nothing_is_stored(string type)
    {
        var before = await NamesAsync();

        var response = await admin.Client.PostAsync("/api/organisations",
            new StringContent($$"""{"name":"Typed Org","country":"DE","type":{{type}}}""", System.Text.Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(400, "request.invalid");
        Assert.Equal(before, await NamesAsync());
    }

    [Theory]
    [InlineData("kinderschutz bund")]
    [InlineData("KINDERSCHUTZ BUND e.V.")]
    [InlineData("The Kinderschutz-Bund")]
    public async Task A_second_organisation_with_the_same_normalised_name_is_refused_naming_the_first(string name)
    {
        var first = await factory.Accounts.OrganisationAsync("Kinderschutz Bund");

        var response = await admin.Client.PostAsJsonAsync("/api/organisations", new { name, country = "DE", type = "Ngo" });

        var problem = await response.AssertProblemAsync(409, "organisation.name_taken");
        Assert.Equal(first, problem.GetProperty("existing").GetProperty("id").GetGuid());
        Assert.Equal("Kinderschutz Bund", problem.GetProperty("existing").GetProperty("name").GetString());
        Assert.Single(await NamesAsync(), n => n.Contains("inderschutz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_organisations_administrator_renames_it_and_others_may_not()
    {
        var organisation = await factory.Accounts.OrganisationAsync("Old Name");
        var orgAdmin = await factory.Accounts.PersonAsync("Org Admin", organisation, organisationAdmin: true);
        var member = await factory.Accounts.PersonAsync("Member", organisation);
        var otherAdmin = await factory.Accounts.PersonInNewOrganisationAsync("Other Admin", "Other Org");
        var body = new { name = "New Name", country = "at", type = "Foundation", website = "https://new.example" };

        var byMember = await member.Client.PutAsJsonAsync($"/api/organisations/{organisation}", body);
        var byOther = await otherAdmin.Client.PutAsJsonAsync($"/api/organisations/{organisation}", body);
        var byOrgAdmin = await orgAdmin.Client.PutAsJsonAsync($"/api/organisations/{organisation}", body);
        var toTaken = await orgAdmin.Client.PutAsJsonAsync($"/api/organisations/{organisation}", body with { name = "other org" });
        var keepingItsOwnName = await admin.Client.PutAsJsonAsync($"/api/organisations/{organisation}", body with { name = "NEW NAME" });

        await byMember.AssertProblemAsync(403, "access.forbidden");
        await byOther.AssertProblemAsync(403, "access.forbidden");
        Assert.Equal(HttpStatusCode.OK, byOrgAdmin.StatusCode);
        await toTaken.AssertProblemAsync(409, "organisation.name_taken");
        Assert.Equal(HttpStatusCode.OK, keepingItsOwnName.StatusCode);
        var stored = await (await admin.Client.GetAsync($"/api/organisations/{organisation}")).ReadJsonAsync();
        Assert.Equal(("NEW NAME", "AT", "Foundation", "https://new.example"), (stored.GetProperty("name").GetString(), stored.GetProperty("country").GetString(),
            stored.GetProperty("type").GetString(), stored.GetProperty("website").GetString()));
        await (await admin.Client.PutAsJsonAsync($"/api/organisations/{Guid.NewGuid()}", body)).AssertProblemAsync(404, "organisation.not_found");
    }

    [Fact]
    public async Task Only_an_organisation_without_members_or_statements_is_removed_and_only_by_an_administrator()
    {
        var empty = await factory.Accounts.OrganisationAsync("Empty Org");
        var withMembers = await factory.Accounts.OrganisationAsync("Busy Org");
        var orgAdmin = await factory.Accounts.PersonAsync("Busy Admin", withMembers, organisationAdmin: true);
        var partner = await factory.Accounts.OrganisationAsync("Partner Org");
        var (statement, _) = await orgAdmin.Client.CreateStatementAsync("Letter", "Text.");
        await TestAccounts.AddPartnerAsync(orgAdmin, statement, partner);

        var byOrgAdmin = await orgAdmin.Client.DeleteAsync($"/api/organisations/{withMembers}");
        var busy = await admin.Client.DeleteAsync($"/api/organisations/{withMembers}");
        var takingPart = await admin.Client.DeleteAsync($"/api/organisations/{partner}");
        var removed = await admin.Client.DeleteAsync($"/api/organisations/{empty}");
        var again = await admin.Client.DeleteAsync($"/api/organisations/{empty}");

        await byOrgAdmin.AssertProblemAsync(403, "access.forbidden");
        await busy.AssertProblemAsync(409, "organisation.in_use");
        await takingPart.AssertProblemAsync(409, "organisation.in_use");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await again.AssertProblemAsync(404, "organisation.not_found");
        Assert.Equal(["Busy Org", "Partner Org"], await NamesAsync());
    }

    [Fact]
    public void Organisation_types_are_named_the_same_on_the_public_form_and_in_the_web_clients_administration()
    {
        var source = RepositoryFiles.Read("client", "src", "account", "organisationTypes.ts");

        var client = ClientTypeName().Matches(source).Select(m => (m.Groups[1].Value, m.Groups[2].Value));

        Assert.Equal(OrganisationTypeNames.All.Select(t => (t.Type.ToString(), t.Name)), client);
    }

    [GeneratedRegex(@"\['(\w+)', '([^']+)'\]")]
    private static partial Regex ClientTypeName();
}
