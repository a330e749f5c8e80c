using System.Net;
using System.Net.Http.Json;
using CoDraft.Core.Accounts;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Auth;

/// <summary>Leads add and remove partners and people; the rules that keep a statement led hold over the API.</summary>
public sealed class StatementAccessApiTests : IAsyncLifetime
{
    private readonly CoDraftFactory factory = new();
    private TestPerson lead = null!;
    private Guid partner;
    private TestPerson partnerPerson = null!;
    private Guid statement;

    public async Task InitializeAsync()
    {
        lead = await factory.Accounts.PersonInNewOrganisationAsync("Lena Lead", "Convening NGO");
        partner = await factory.Accounts.OrganisationAsync("Partner NGO");
        partnerPerson = await factory.Accounts.PersonAsync("Paula Partner", partner);
        (statement, _) = await lead.Client.CreateStatementAsync("Joint letter", "We call on the EU.");
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_partner_organisations_person_sees_the_statement_once_given_a_role()
    {
        await (await partnerPerson.Client.GetAsync($"/api/statements/{statement}")).AssertProblemAsync(404, "statement.not_found");

        await TestAccounts.AddPartnerAsync(lead, statement, partner);
        var withoutRole = await partnerPerson.Client.GetAsync($"/api/statements/{statement}");
        await TestAccounts.GiveRoleAsync(lead, statement, partnerPerson, StatementRole.Signatory);

        await withoutRole.AssertProblemAsync(404, "statement.not_found");
        Assert.Equal(HttpStatusCode.OK, (await partnerPerson.Client.GetAsync($"/api/statements/{statement}")).StatusCode);
        var access = await (await partnerPerson.Client.GetAsync($"/api/statements/{statement}/access")).ReadJsonAsync();
        Assert.Equal(partner, Assert.Single(access.GetProperty("partners").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Removing_a_partner_removes_its_people_from_the_statement()
    {
        await TestAccounts.AddPartnerAsync(lead, statement, partner);
        await TestAccounts.GiveRoleAsync(lead, statement, partnerPerson, StatementRole.Editor);

        var removed = await lead.Client.DeleteAsync($"/api/statements/{statement}/access/partners/{partner}");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        await (await partnerPerson.Client.GetAsync($"/api/statements/{statement}")).AssertProblemAsync(404, "statement.not_found");
        var people = (await removed.ReadJsonAsync()).GetProperty("people").EnumerateArray().Select(p => p.GetProperty("personId").GetGuid());
        Assert.Equal([lead.Id], people);
    }

    [Fact]
    public async Task A_person_of_an_organisation_not_on_the_statement_cannot_be_given_a_role()
    {
        var response = await lead.Client.PutAsJsonAsync($"/api/statements/{statement}/access/people/{partnerPerson.Id}", new { role = "Viewer" });

        await response.AssertProblemAsync(409, "access.organisation_not_on_statement");
    }

    [Fact]
    public async Task The_last_lead_cannot_leave_and_the_convening_organisation_cannot_be_removed()
    {
        var leave = await lead.Client.DeleteAsync($"/api/statements/{statement}/access/people/{lead.Id}");
        var demote = await lead.Client.PutAsJsonAsync($"/api/statements/{statement}/access/people/{lead.Id}", new { role = "Editor" });
        var removeConvening = await lead.Client.DeleteAsync($"/api/statements/{statement}/access/partners/{lead.OrganisationId}");

        await leave.AssertProblemAsync(409, "access.last_lead");
        await demote.AssertProblemAsync(409, "access.last_lead");
        await removeConvening.AssertProblemAsync(409, "access.convening_organisation");
    }

    [Fact]
    public async Task Leads_come_from_the_convening_organisation()
    {
        await TestAccounts.AddPartnerAsync(lead, statement, partner);

        var response = await lead.Client.PutAsJsonAsync($"/api/statements/{statement}/access/people/{partnerPerson.Id}", new { role = "Lead" });

        await response.AssertProblemAsync(409, "access.lead_outside_convening");
    }

    [Fact]
    public async Task An_unknown_organisation_cannot_become_a_partner()
    {
        var response = await lead.Client.PostAsJsonAsync($"/api/statements/{statement}/access/partners", new { organisationId = Guid.NewGuid() });

        await response.AssertProblemAsync(404, "organisation.not_found");
    }
}
