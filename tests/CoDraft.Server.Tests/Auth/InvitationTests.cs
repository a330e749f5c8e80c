using System.Net;
using System.Net.Http.Json;
using CoDraft.Core.Storage;
using CoDraft.Server.Auth;
using CoDraft.Server.Partnerships;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoDraft.Server.Tests.Auth;

/// <summary>Invitations: the only way in, each link once, until it expires.</summary>
public sealed class InvitationTests : IAsyncLifetime
{
    private readonly CoDraftFactory factory = new();
    private TestPerson admin = null!;
    private Guid organisation;

    public async Task InitializeAsync()
    {
        admin = await factory.Accounts.AdministratorAsync();
        organisation = await factory.Accounts.OrganisationAsync("Eurochild");
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_new_person_joins_the_organisation_by_accepting_with_a_password_and_is_signed_in()
    {
        var email = TestAccounts.NewEmail("newcomer");
        var created = await (await admin.Client.PostAsJsonAsync("/api/invitations", new { email, organisationId = organisation })).ReadJsonAsync();
        var token = created.GetProperty("token").GetString()!;
        var browser = factory.CreateClient();

        var accepted = await browser.PostAsJsonAsync("/api/invitations/accept", new { token, name = "New Comer", password = TestAccounts.Password });

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.EndsWith($"/invite#{token}", created.GetProperty("link").GetString());
        var me = await (await browser.GetAsync("/api/auth/me")).ReadJsonAsync();
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal(organisation, me.GetProperty("organisation").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task An_invitation_works_once()
    {
        var token = await TestAccounts.InviteAsync(admin.Client, new { email = TestAccounts.NewEmail("once"), organisationId = organisation });
        var first = await factory.CreateAnonymousClient().PostAsJsonAsync("/api/invitations/accept", new { token, name = "First", password = TestAccounts.Password });

        var second = await factory.CreateAnonymousClient().PostAsJsonAsync("/api/invitations/accept", new { token, name = "Second", password = TestAccounts.Password });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await second.AssertProblemAsync(410, "invitation.used");
    }

    [Fact]
    public async Task An_expired_invitation_is_refused_and_creates_nobody()
    {
        var email = TestAccounts.NewEmail("late");
        var token = await TestAccounts.InviteAsync(admin.Client, new { email, organisationId = organisation, expiresInDays = 2 });
        factory.Clock.Advance(TimeSpan.FromDays(3));

        var late = await factory.CreateAnonymousClient().PostAsJsonAsync("/api/invitations/accept", new { token, name = "Late", password = TestAccounts.Password });

        await late.AssertProblemAsync(410, "invitation.expired");
        await (await factory.CreateAnonymousClient().PostAsJsonAsync("/api/auth/sign-in", new { email, password = TestAccounts.Password }))
            .AssertProblemAsync(401, "auth.invalid_credentials");
    }

    [Fact]
    public async Task An_unknown_link_is_not_found()
    {
        var response = await factory.CreateAnonymousClient().PostAsJsonAsync("/api/invitations/accept", new { token = "cdi_made-up", name = "X", password = TestAccounts.Password });

        await response.AssertProblemAsync(404, "invitation.not_found");
    }

    [Fact]
    public async Task Someone_who_has_an_account_signs_in_before_accepting()
    {
        var person = await factory.Accounts.PersonAsync("Existing", organisation);
        var orgAdmin = await factory.Accounts.PersonAsync("Org Admin", organisation, organisationAdmin: true);
        var token = await TestAccounts.InviteAsync(orgAdmin.Client, new { email = person.Email, organisationId = organisation, organisationAdmin = true });

        var anonymously = await factory.CreateAnonymousClient().PostAsJsonAsync("/api/invitations/accept", new { token, name = "Again", password = TestAccounts.Password });
        var signedIn = await person.Client.PostAsJsonAsync("/api/invitations/accept", new { token });

        await anonymously.AssertProblemAsync(409, "invitation.sign_in_first");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var me = await (await person.Client.GetAsync("/api/auth/me")).ReadJsonAsync();
        Assert.True(me.GetProperty("isOrganisationAdmin").GetBoolean());
    }

    [Fact]
    public async Task Someone_who_has_an_account_is_added_to_a_statement_by_choosing_them_not_by_a_link()
    {
        var person = await factory.Accounts.PersonAsync("Existing", organisation);
        var lead = await factory.Accounts.PersonAsync("Lead", organisation, organisationAdmin: true);
        var (statement, _) = await lead.Client.CreateStatementAsync("Letter", "Text.");

        var byLink = await lead.Client.PostAsJsonAsync("/api/invitations", new { email = person.Email, organisationId = organisation, statementId = statement, role = "Commenter" });
        var candidates = await (await lead.Client.GetAsync($"/api/statements/{statement}/access/candidates")).ReadJsonAsync();
        await TestAccounts.GiveRoleAsync(lead, statement, person, Core.Accounts.StatementRole.Commenter);

        await byLink.AssertProblemAsync(409, "invitation.has_account");
        Assert.Empty((await (await lead.Client.GetAsync($"/api/statements/{statement}/invitations")).ReadJsonAsync()).EnumerateArray());
        Assert.Contains(candidates.EnumerateArray(), c => c.GetProperty("personId").GetGuid() == person.Id && c.GetProperty("name").GetString() == "Existing");
        Assert.DoesNotContain(candidates.EnumerateArray(), c => c.GetProperty("personId").GetGuid() == lead.Id);
        Assert.Equal(HttpStatusCode.OK, (await person.Client.GetAsync($"/api/statements/{statement}")).StatusCode);
    }

    [Fact]
    public async Task An_invitation_is_for_the_person_it_was_sent_to()
    {
        var intruder = await factory.Accounts.PersonAsync("Intruder", organisation);
        var token = await TestAccounts.InviteAsync(admin.Client, new { email = TestAccounts.NewEmail("intended"), organisationId = organisation, organisationAdmin = true });

        var response = await intruder.Client.PostAsJsonAsync("/api/invitations/accept", new { token });

        await response.AssertProblemAsync(403, "invitation.wrong_person");
        var me = await (await intruder.Client.GetAsync("/api/auth/me")).ReadJsonAsync();
        Assert.False(me.GetProperty("isOrganisationAdmin").GetBoolean());
    }

    [Fact]
    public async Task A_lead_cannot_invite_a_new_person_into_a_partner_organisation()
    {
        var lead = await factory.Accounts.PersonAsync("Lead", organisation, organisationAdmin: true);
        var partner = await factory.Accounts.OrganisationAsync("Partner");
        var (statement, _) = await lead.Client.CreateStatementAsync("Letter", "Text.");
        await TestAccounts.AddPartnerAsync(lead, statement, partner);
        var partnerAdmin = await factory.Accounts.OrganisationAdminAsync(partner);
        var membersBefore = (await (await partnerAdmin.Client.GetAsync($"/api/organisations/{partner}/members")).ReadJsonAsync()).GetArrayLength();

        var response = await lead.Client.PostAsJsonAsync("/api/invitations",
            new { email = TestAccounts.NewEmail("signatory"), organisationId = partner, statementId = statement, role = "Signatory" });

        await response.AssertProblemAsync(403, "access.forbidden");
        Assert.Empty((await (await lead.Client.GetAsync($"/api/statements/{statement}/invitations")).ReadJsonAsync()).EnumerateArray());
        Assert.Empty((await (await partnerAdmin.Client.GetAsync($"/api/invitations?organisationId={partner}")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal(membersBefore, (await (await partnerAdmin.Client.GetAsync($"/api/organisations/{partner}/members")).ReadJsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task A_statement_invitation_brings_a_new_person_of_the_leads_own_organisation_in_with_their_role()
    {
        var lead = await factory.Accounts.PersonAsync("Lead", organisation, organisationAdmin: true);
        var (statement, _) = await lead.Client.CreateStatementAsync("Letter", "Text.");
        var email = TestAccounts.NewEmail("commenter");
        var token = await TestAccounts.InviteAsync(lead.Client, new { email, organisationId = organisation, statementId = statement, role = "Commenter" });

        await factory.CreateAnonymousClient().PostAsJsonAsync("/api/invitations/accept", new { token, name = "Com Menter", password = TestAccounts.Password });
        var commenter = await factory.Accounts.SignInAsync(email);

        Assert.Equal(organisation, commenter.OrganisationId);
        Assert.Equal(HttpStatusCode.OK, (await commenter.Client.GetAsync($"/api/statements/{statement}")).StatusCode);
        await (await commenter.Client.PutAsJsonAsync($"/api/statements/{statement}/text", new { baseVersion = 1, text = "Changed" }))
            .AssertProblemAsync(403, "access.forbidden");
    }

    [Fact]
    public async Task Only_leads_invite_to_a_statement_and_only_for_organisations_on_it()
    {
        var lead = await factory.Accounts.PersonAsync("Lead", organisation, organisationAdmin: true);
        var viewer = await factory.Accounts.PersonAsync("Viewer", organisation);
        var (statement, _) = await lead.Client.CreateStatementAsync("Letter", "Text.");
        await TestAccounts.GiveRoleAsync(lead, statement, viewer, Core.Accounts.StatementRole.Viewer);
        var elsewhere = await factory.Accounts.OrganisationAsync("Not a partner");

        var byViewer = await viewer.Client.PostAsJsonAsync("/api/invitations", new { email = TestAccounts.NewEmail("x"), organisationId = organisation, statementId = statement, role = "Viewer" });
        var notPartner = await lead.Client.PostAsJsonAsync("/api/invitations",
            new { email = TestAccounts.NewEmail("y"), organisationId = elsewhere, statementId = statement, role = "Viewer" });

        await byViewer.AssertProblemAsync(403, "access.forbidden");
        await notPartner.AssertProblemAsync(403, "access.forbidden");
    }

    [Fact]
    public async Task Only_administrators_of_an_organisation_invite_people_into_it()
    {
        var member = await factory.Accounts.PersonAsync("Plain Member", organisation);
        var orgAdmin = await factory.Accounts.PersonAsync("Org Admin", organisation, organisationAdmin: true);

        var byMember = await member.Client.PostAsJsonAsync("/api/invitations", new { email = TestAccounts.NewEmail("a"), organisationId = organisation });
        var byOrgAdmin = await orgAdmin.Client.PostAsJsonAsync("/api/invitations", new { email = TestAccounts.NewEmail("b"), organisationId = organisation });

        await byMember.AssertProblemAsync(403, "access.forbidden");
        Assert.Equal(HttpStatusCode.Created, byOrgAdmin.StatusCode);
    }

    [Fact]
    public async Task A_failure_after_the_link_is_claimed_leaves_the_link_usable()
    {
        var token = await TestAccounts.InviteAsync(admin.Client, new { email = TestAccounts.NewEmail("plain"), organisationId = organisation });
        // Over plain http the Secure session cookie cannot be issued: accepting fails after the link was claimed.
        var overPlainHttp = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://localhost"), HandleCookies = false,
        });

        var failed = await overPlainHttp.PostAsJsonAsync("/api/invitations/accept", new { token, name = "Plain Http", password = TestAccounts.Password });
        var preview = await factory.CreateAnonymousClient().PostAsJsonAsync("/api/invitations/preview", new { token });

        Assert.False(failed.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
    }

    [Fact]
    public async Task A_failure_after_joining_takes_the_membership_back_and_leaves_the_link_usable()
    {
        var email = TestAccounts.NewEmail("halfway");
        var person = await factory.Services.GetRequiredService<AccountService>().CreatePersonAsync(email, "Half Way", TestAccounts.Password, administrator: false);
        var token = await TestAccounts.InviteAsync(admin.Client, new { email, organisationId = organisation, organisationAdmin = true });
        var invitations = factory.Services.GetRequiredService<InvitationService>();
        var store = factory.Services.GetRequiredService<IAccountStore>();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            invitations.AcceptAsync(token, person.Id, null, null, _ => throw new InvalidOperationException("The session could not start."), default));

        Assert.Null(await store.FindMembershipAsync(person.Id));
        var again = await invitations.AcceptAsync(token, person.Id, null, null, _ => Task.CompletedTask, default);
        Assert.Equal(organisation, again.Invitation.OrganisationId);
        var membership = await store.FindMembershipAsync(person.Id);
        Assert.Equal(organisation, membership?.OrganisationId);
        Assert.True(membership?.IsOrganisationAdmin);
    }
}
