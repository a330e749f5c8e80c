using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoDraft.Core.Accounts;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Auth;

/// <summary>
/// Organisations are trust boundaries: an organisation takes part in a statement only when its own administrators
/// accept, and only they name who approves in its name. A lead of another organisation, and CoDraft's
/// administrators, can invite and propose, never decide for it.
/// </summary>
public sealed class OrganisationBoundaryTests : IAsyncLifetime
{
    private readonly CoDraftFactory factory = new();
    private TestPerson lead = null!;
    private TestPerson partnerAdmin = null!;
    private TestPerson partnerMember = null!;
    private Guid convening;
    private Guid partner;
    private Guid statement;

    public async Task InitializeAsync()
    {
        convening = await factory.Accounts.OrganisationAsync("Eurochild");
        partner = await factory.Accounts.OrganisationAsync("Kinderschutz Bund");
        lead = await factory.Accounts.PersonAsync("Lena Lead", convening, organisationAdmin: true);
        partnerAdmin = await factory.Accounts.OrganisationAdminAsync(partner);
        partnerMember = await factory.Accounts.PersonAsync("Pia Partner", partner);
        (statement, _) = await lead.Client.CreateStatementAsync("Open letter to the EU", "We call on the EU.");
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_added_organisation_is_only_invited_until_its_administrators_accept()
    {
        var invited = await lead.Client.PostAsJsonAsync($"/api/statements/{statement}/access/partners", new { organisationId = partner });
        var roleWhileInvited = await lead.Client.PutAsJsonAsync($"/api/statements/{statement}/access/people/{partnerMember.Id}", new { role = "Editor" });
        var roundWhileInvited = await lead.Client.PostAsJsonAsync($"/api/statements/{statement}/signoff/rounds", new { requiredOrganisations = new[] { convening, partner } });
        var seenByPartner = await PartnerStatementAsync();

        var view = await invited.ReadJsonAsync();
        Assert.Empty(view.GetProperty("partners").EnumerateArray());
        var invitation = Assert.Single(view.GetProperty("invitedPartners").EnumerateArray());
        Assert.Equal(("Kinderschutz Bund", "Invited", "Lena Lead"),
            (invitation.GetProperty("organisation").GetProperty("name").GetString(), invitation.GetProperty("status").GetString(), invitation.GetProperty("invitedByName").GetString()));
        await roleWhileInvited.AssertProblemAsync(409, "access.organisation_not_on_statement");
        await roundWhileInvited.AssertProblemAsync(409, "access.organisation_not_on_statement");
        Assert.Equal(("Invited", "Lena Lead", "Eurochild"),
            (seenByPartner.GetProperty("status").GetString(), seenByPartner.GetProperty("invitedByName").GetString(),
             seenByPartner.GetProperty("convening").GetProperty("name").GetString()));
        await (await partnerAdmin.Client.GetAsync($"/api/statements/{statement}")).AssertProblemAsync(404, "statement.not_found");

        var accepted = await partnerAdmin.Client.PostAsync($"/api/organisations/{partner}/statements/{statement}/accept", null);

        Assert.Equal("TakingPart", (await accepted.ReadJsonAsync()).GetProperty("status").GetString());
        var after = await AccessAsync();
        Assert.Equal([partner], after.GetProperty("partners").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()));
        Assert.Empty(after.GetProperty("invitedPartners").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await partnerAdmin.Client.GetAsync($"/api/statements/{statement}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lead.Client.PutAsJsonAsync($"/api/statements/{statement}/access/people/{partnerMember.Id}", new { role = "Editor" })).StatusCode);
    }

    [Fact]
    public async Task Nobody_outside_the_organisation_accepts_declines_or_names_a_signatory_for_it()
    {
        await Invite();
        var administrator = await factory.Accounts.AdministratorAsync();
        var partnerPlainMember = partnerMember;
        var otherAdmin = await factory.Accounts.OrganisationAdminAsync(await factory.Accounts.OrganisationAsync("Other NGO"));
        var before = (await AccessAsync()).GetRawText();

        foreach (var caller in new[] { lead, administrator, partnerPlainMember, otherAdmin })
        {
            await (await caller.Client.PostAsync($"/api/organisations/{partner}/statements/{statement}/accept", null)).AssertProblemAsync(403, "access.forbidden");
            await (await caller.Client.PostAsync($"/api/organisations/{partner}/statements/{statement}/decline", null)).AssertProblemAsync(403, "access.forbidden");
            await (await caller.Client.PutAsync($"/api/organisations/{partner}/statements/{statement}/signatories/{partnerMember.Id}", null))
                .AssertProblemAsync(403, "access.forbidden");
            await (await caller.Client.GetAsync($"/api/organisations/{partner}/statements")).AssertProblemAsync(403, "access.forbidden");
        }

        Assert.Equal(before, (await AccessAsync()).GetRawText());
    }

    [Fact]
    public async Task A_declined_partner_takes_no_part_and_the_leads_see_the_answer()
    {
        await Invite();

        var declined = await partnerAdmin.Client.PostAsync($"/api/organisations/{partner}/statements/{statement}/decline", null);
        var acceptAfterwards = await partnerAdmin.Client.PostAsync($"/api/organisations/{partner}/statements/{statement}/accept", null);
        var role = await lead.Client.PutAsJsonAsync($"/api/statements/{statement}/access/people/{partnerMember.Id}", new { role = "Signatory" });

        Assert.Equal("Declined", (await declined.ReadJsonAsync()).GetProperty("status").GetString());
        await acceptAfterwards.AssertProblemAsync(409, "partner.not_invited");
        await role.AssertProblemAsync(409, "access.organisation_not_on_statement");
        var access = await AccessAsync();
        Assert.Empty(access.GetProperty("partners").EnumerateArray());
        Assert.Equal("Declined", Assert.Single(access.GetProperty("invitedPartners").EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_partner_that_leaves_takes_its_peoples_roles_with_it()
    {
        await TestAccounts.AddPartnerAsync(lead, statement, partner);
        await TestAccounts.GiveRoleAsync(lead, statement, partnerMember, StatementRole.Editor);

        await partnerAdmin.Client.PostAsync($"/api/organisations/{partner}/statements/{statement}/decline", null);

        await (await partnerMember.Client.GetAsync($"/api/statements/{statement}")).AssertProblemAsync(404, "statement.not_found");
        Assert.DoesNotContain((await AccessAsync()).GetProperty("people").EnumerateArray(), p => p.GetProperty("organisationId").GetGuid() == partner);
    }

    [Fact]
    public async Task A_lead_only_proposes_a_signatory_of_another_organisation_and_its_administrators_confirm()
    {
        await TestAccounts.AddPartnerAsync(lead, statement, partner);
        await TestAccounts.GiveRoleAsync(lead, statement, partnerMember, StatementRole.Commenter);

        var proposed = await (await lead.Client.PutAsJsonAsync($"/api/statements/{statement}/access/people/{partnerMember.Id}", new { role = "Signatory" })).ReadJsonAsync();

        Assert.Equal("Commenter", RoleOf(proposed, partnerMember.Id));
        var proposal = Assert.Single(proposed.GetProperty("signatoryProposals").EnumerateArray());
        Assert.Equal((partnerMember.Id, "Lena Lead"), (proposal.GetProperty("personId").GetGuid(), proposal.GetProperty("proposedByName").GetString()));
        var seen = await PartnerStatementAsync();
        Assert.Equal("Pia Partner", Assert.Single(seen.GetProperty("signatoryProposals").EnumerateArray()).GetProperty("name").GetString());

        var confirmed = await partnerAdmin.Client.PutAsync($"/api/organisations/{partner}/statements/{statement}/signatories/{partnerMember.Id}", null);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var after = await AccessAsync();
        Assert.Equal("Signatory", RoleOf(after, partnerMember.Id));
        Assert.Empty(after.GetProperty("signatoryProposals").EnumerateArray());
        Assert.Equal(["Pia Partner"], (await confirmed.ReadJsonAsync()).GetProperty("signatories").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task An_organisations_administrator_rejects_a_proposal_and_can_take_the_signatory_role_away()
    {
        await TestAccounts.AddPartnerAsync(lead, statement, partner);
        await lead.Client.PutAsJsonAsync($"/api/statements/{statement}/access/people/{partnerMember.Id}", new { role = "Signatory" });

        var rejected = await partnerAdmin.Client.DeleteAsync($"/api/organisations/{partner}/statements/{statement}/signatories/{partnerMember.Id}");
        var again = await partnerAdmin.Client.DeleteAsync($"/api/organisations/{partner}/statements/{statement}/signatories/{partnerMember.Id}");

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        await again.AssertProblemAsync(404, "person.not_found");
        var access = await AccessAsync();
        Assert.Empty(access.GetProperty("signatoryProposals").EnumerateArray());
        Assert.Null(RoleOf(access, partnerMember.Id));

        await partnerAdmin.Client.PutAsync($"/api/organisations/{partner}/statements/{statement}/signatories/{partnerMember.Id}", null);
        await partnerAdmin.Client.DeleteAsync($"/api/organisations/{partner}/statements/{statement}/signatories/{partnerMember.Id}");
        Assert.Null(RoleOf(await AccessAsync(), partnerMember.Id));
    }

    [Fact]
    public async Task A_lead_withdraws_a_proposal_and_the_persons_role_stays()
    {
        await TestAccounts.AddPartnerAsync(lead, statement, partner);
        await TestAccounts.GiveRoleAsync(lead, statement, partnerMember, StatementRole.Editor);
        await lead.Client.PutAsJsonAsync($"/api/statements/{statement}/access/people/{partnerMember.Id}", new { role = "Signatory" });

        var withdrawn = await lead.Client.DeleteAsync($"/api/statements/{statement}/access/signatory-proposals/{partnerMember.Id}");
        var again = await lead.Client.DeleteAsync($"/api/statements/{statement}/access/signatory-proposals/{partnerMember.Id}");

        var view = await withdrawn.ReadJsonAsync();
        Assert.Empty(view.GetProperty("signatoryProposals").EnumerateArray());
        Assert.Equal("Editor", RoleOf(view, partnerMember.Id));
        await again.AssertProblemAsync(404, "person.not_found");
    }

    [Fact]
    public async Task A_signatory_named_by_another_organisations_administrator_must_be_one_of_its_members()
    {
        await TestAccounts.AddPartnerAsync(lead, statement, partner);

        var response = await partnerAdmin.Client.PutAsync($"/api/organisations/{partner}/statements/{statement}/signatories/{lead.Id}", null);

        await response.AssertProblemAsync(404, "person.not_found");
        Assert.Equal("Lead", RoleOf(await AccessAsync(), lead.Id));
    }

    [Fact]
    public async Task A_round_cannot_require_an_organisation_that_has_nobody_able_to_approve()
    {
        await TestAccounts.AddPartnerAsync(lead, statement, partner);
        var warned = await AccessAsync();

        var refused = await lead.Client.PostAsJsonAsync($"/api/statements/{statement}/signoff/rounds", new { });

        Assert.Equal([partner], warned.GetProperty("organisationsWithoutSignatory").EnumerateArray().Select(o => o.GetGuid()));
        var problem = await refused.AssertProblemAsync(409, "signoff.no_signatory");
        Assert.Contains("Kinderschutz Bund", problem.GetProperty("detail").GetString());
        Assert.Equal([partner], problem.GetProperty("organisations").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()));
        Assert.Equal("Drafting", (await (await lead.Client.GetAsync($"/api/statements/{statement}/lifecycle")).ReadJsonAsync()).GetProperty("state").GetString());

        await partnerAdmin.Client.PutAsync($"/api/organisations/{partner}/statements/{statement}/signatories/{partnerMember.Id}", null);
        var opened = await lead.Client.PostAsJsonAsync($"/api/statements/{statement}/signoff/rounds", new { });

        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        Assert.Empty((await AccessAsync()).GetProperty("organisationsWithoutSignatory").EnumerateArray());
    }

    [Fact]
    public async Task A_signatory_who_left_the_organisation_no_longer_counts_as_able_to_approve()
    {
        await TestAccounts.AddPartnerAsync(lead, statement, partner);
        await partnerAdmin.Client.PutAsync($"/api/organisations/{partner}/statements/{statement}/signatories/{partnerMember.Id}", null);

        await partnerAdmin.Client.DeleteAsync($"/api/organisations/{partner}/members/{partnerMember.Id}");

        Assert.Equal([partner], (await AccessAsync()).GetProperty("organisationsWithoutSignatory").EnumerateArray().Select(o => o.GetGuid()));
        await (await lead.Client.PostAsJsonAsync($"/api/statements/{statement}/signoff/rounds", new { })).AssertProblemAsync(409, "signoff.no_signatory");
    }

    [Fact]
    public async Task The_attack_found_in_review_no_longer_works()
    {
        // A lead adds any organisation as a partner, then invites a new email into it with a statement role.
        var victim = await factory.Accounts.OrganisationAsync("Victim Foundation");
        var victimAdmin = await factory.Accounts.OrganisationAdminAsync(victim);
        await lead.Client.PostAsJsonAsync($"/api/statements/{statement}/access/partners", new { organisationId = victim });

        var invite = await lead.Client.PostAsJsonAsync("/api/invitations",
            new { email = TestAccounts.NewEmail("mole"), organisationId = victim, statementId = statement, role = "Signatory" });
        var joinVictim = await lead.Client.PostAsJsonAsync("/api/invitations", new { email = TestAccounts.NewEmail("mole2"), organisationId = victim });
        var signatoryForVictim = await lead.Client.PutAsJsonAsync($"/api/statements/{statement}/access/people/{victimAdmin.Id}", new { role = "Signatory" });

        await invite.AssertProblemAsync(403, "access.forbidden");
        await joinVictim.AssertProblemAsync(403, "access.forbidden");
        await signatoryForVictim.AssertProblemAsync(409, "access.organisation_not_on_statement");
        var members = await (await victimAdmin.Client.GetAsync($"/api/organisations/{victim}/members")).ReadJsonAsync();
        Assert.Equal([victimAdmin.Id], members.EnumerateArray().Select(m => m.GetProperty("personId").GetGuid()));
        Assert.Empty((await (await victimAdmin.Client.GetAsync($"/api/invitations?organisationId={victim}")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Pending_invitations_are_listed_and_a_resent_link_replaces_the_old_one()
    {
        var email = TestAccounts.NewEmail("newcomer");
        var first = await (await partnerAdmin.Client.PostAsJsonAsync("/api/invitations", new { email, organisationId = partner })).ReadJsonAsync();
        var oldToken = first.GetProperty("token").GetString()!;

        var listed = await (await partnerAdmin.Client.GetAsync($"/api/invitations?organisationId={partner}")).ReadJsonAsync();
        var resent = await (await partnerAdmin.Client.PostAsync($"/api/invitations/{first.GetProperty("id").GetGuid()}/resend", null)).ReadJsonAsync();
        var newToken = resent.GetProperty("token").GetString()!;
        var oldLink = await factory.CreateAnonymousClient().PostAsJsonAsync("/api/invitations/accept", new { token = oldToken, name = "New", password = TestAccounts.Password });
        var newLink = await factory.CreateAnonymousClient().PostAsJsonAsync("/api/invitations/accept", new { token = newToken, name = "New", password = TestAccounts.Password });

        var item = Assert.Single(listed.EnumerateArray());
        Assert.Equal((email, "Kinderschutz Bund", false), (item.GetProperty("email").GetString(), item.GetProperty("organisationName").GetString(), item.GetProperty("expired").GetBoolean()));
        Assert.NotEqual(oldToken, newToken);
        await oldLink.AssertProblemAsync(410, "invitation.revoked");
        Assert.Equal(HttpStatusCode.OK, newLink.StatusCode);
        Assert.Empty((await (await partnerAdmin.Client.GetAsync($"/api/invitations?organisationId={partner}")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task A_revoked_invitation_stops_working_and_only_the_organisations_administrators_revoke()
    {
        var created = await (await partnerAdmin.Client.PostAsJsonAsync("/api/invitations", new { email = TestAccounts.NewEmail("late"), organisationId = partner })).ReadJsonAsync();
        var id = created.GetProperty("id").GetGuid();

        var byLead = await lead.Client.DeleteAsync($"/api/invitations/{id}");
        var byMember = await partnerMember.Client.PostAsync($"/api/invitations/{id}/resend", null);
        var revoked = await partnerAdmin.Client.DeleteAsync($"/api/invitations/{id}");
        var twice = await partnerAdmin.Client.DeleteAsync($"/api/invitations/{id}");
        var accept = await factory.CreateAnonymousClient().PostAsJsonAsync("/api/invitations/accept",
            new { token = created.GetProperty("token").GetString(), name = "Late", password = TestAccounts.Password });
        var preview = await factory.CreateAnonymousClient().PostAsJsonAsync("/api/invitations/preview", new { token = created.GetProperty("token").GetString() });

        await byLead.AssertProblemAsync(403, "access.forbidden");
        await byMember.AssertProblemAsync(403, "access.forbidden");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        await twice.AssertProblemAsync(410, "invitation.revoked");
        await accept.AssertProblemAsync(410, "invitation.revoked");
        await preview.AssertProblemAsync(410, "invitation.revoked");
        await (await lead.Client.DeleteAsync($"/api/invitations/{Guid.NewGuid()}")).AssertProblemAsync(404, "invitation.not_found");
    }

    [Fact]
    public async Task The_invite_page_preview_says_who_invited_whom_to_which_organisation_and_statement()
    {
        var email = TestAccounts.NewEmail("colleague");
        var token = await TestAccounts.InviteAsync(lead.Client, new { email, organisationId = convening, statementId = statement, role = "Editor" });

        var preview = await (await factory.CreateAnonymousClient().PostAsJsonAsync("/api/invitations/preview", new { token })).ReadJsonAsync();
        var unknown = await factory.CreateAnonymousClient().PostAsJsonAsync("/api/invitations/preview", new { token = "cdi_unknown" });

        Assert.Equal(
            (email, "Eurochild", "Lena Lead", "Eurochild", "Open letter to the EU", "Editor"),
            (preview.GetProperty("email").GetString(), preview.GetProperty("organisationName").GetString(), preview.GetProperty("invitedByName").GetString(),
             preview.GetProperty("invitedByOrganisationName").GetString(), preview.GetProperty("statementTitle").GetString(), preview.GetProperty("role").GetString()));
        await unknown.AssertProblemAsync(404, "invitation.not_found");
        var listed = Assert.Single((await (await lead.Client.GetAsync($"/api/statements/{statement}/invitations")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal(("Open letter to the EU", "Editor"), (listed.GetProperty("statementTitle").GetString(), listed.GetProperty("role").GetString()));
    }

    private async Task Invite() =>
        (await lead.Client.PostAsJsonAsync($"/api/statements/{statement}/access/partners", new { organisationId = partner })).EnsureSuccessStatusCode();

    private async Task<JsonElement> AccessAsync() => await (await lead.Client.GetAsync($"/api/statements/{statement}/access")).ReadJsonAsync();

    private async Task<JsonElement> PartnerStatementAsync()
    {
        var list = await (await partnerAdmin.Client.GetAsync($"/api/organisations/{partner}/statements")).ReadJsonAsync();
        return Assert.Single(list.EnumerateArray(), s => s.GetProperty("statementId").GetGuid() == statement);
    }

    private static string? RoleOf(JsonElement access, Guid personId) =>
        access.GetProperty("people").EnumerateArray().Where(p => p.GetProperty("personId").GetGuid() == personId)
            .Select(p => p.GetProperty("role").GetString()).FirstOrDefault();
}
