using System.Net.Http.Json;
using CoDraft.Core.Accounts;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CoDraft.Server.Tests.SignOff;

/// <summary>The audit log records every change in a hash chain that verifies, and detects an altered entry.</summary>
public sealed class AuditTests(SignOffFixture f) : IClassFixture<SignOffFixture>
{
    [Fact]
    public async Task Creation_membership_revisions_rounds_and_decisions_are_audited_in_order()
    {
        var id = await f.NewStatementAsync("First words.");
        (await f.Lead.Client.PostAsJsonAsync($"/api/statements/{id}/revisions", new { label = "Draft 1 for partners" })).EnsureSuccessStatusCode();
        await f.Lead.Client.OpenRoundAsync(id);
        await f.SignatoryA.Client.DecidedAsync(id, "RequestChanges", "Shorter, please.");
        (await f.Lead.Client.DeleteAsync($"/api/statements/{id}/access/people/{f.Editor.Id}")).EnsureSuccessStatusCode();

        var audit = await (await f.SignatoryB.Client.GetAsync($"/api/statements/{id}/audit")).ReadJsonAsync();

        var actions = audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(
            [
                "statement.created", "access.partner_invited", "access.partner_added", "access.partner_invited", "access.partner_added",
                "access.signatory_proposed", "access.role_set", "access.signatory_proposed", "access.role_set", "access.role_set",
                "revision.recorded", "revision.recorded", "signoff.round_opened", "lifecycle.changed", "signoff.decision", "access.person_removed",
            ],
            actions);
        Assert.Equal(Enumerable.Range(1, actions.Count).Select(i => (long)i), audit.EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()));
        var accepted = audit[2];
        Assert.Equal(f.PartnerA, accepted.GetProperty("details").GetProperty("organisationId").GetGuid());
        Assert.NotEqual(f.Lead.Name, accepted.GetProperty("actorName").GetString());
        var confirmed = audit[6].GetProperty("details");
        Assert.Equal((f.SignatoryA.Id, "Signatory"), (confirmed.GetProperty("personId").GetGuid(), confirmed.GetProperty("role").GetString()));
        Assert.NotEqual(f.Lead.Id, confirmed.GetProperty("confirmedBy").GetGuid());
        var named = audit[10];
        Assert.Equal("Named", named.GetProperty("details").GetProperty("kind").GetString());
        Assert.Equal("Draft 1 for partners", named.GetProperty("details").GetProperty("label").GetString());
        Assert.Equal(f.Lead.Name, audit[0].GetProperty("actorName").GetString());
        var decision = audit[14].GetProperty("details");
        Assert.Equal(("RequestChanges", "Shorter, please."), (decision.GetProperty("decision").GetString(), decision.GetProperty("comment").GetString()));
        var verified = await (await f.SignatoryB.Client.GetAsync($"/api/statements/{id}/audit/verify")).ReadJsonAsync();
        Assert.True(verified.GetProperty("isIntact").GetBoolean());
        Assert.Equal(audit[audit.GetArrayLength() - 1].GetProperty("hash").GetString(), verified.GetProperty("headHash").GetString());
    }

    [Fact]
    public async Task A_role_given_by_accepting_an_invitation_is_audited()
    {
        var id = await f.NewStatementAsync();
        var email = TestAccounts.NewEmail("invited");
        var token = await TestAccounts.InviteAsync(f.Lead.Client, new { email, organisationId = f.Convening, statementId = id, role = "Commenter" });

        (await f.Factory.Accounts.Anonymous().PostAsJsonAsync("/api/invitations/accept", new { token, name = "Ivo Invited", password = TestAccounts.Password })).EnsureSuccessStatusCode();

        var audit = await (await f.Lead.Client.GetAsync($"/api/statements/{id}/audit")).ReadJsonAsync();
        var last = audit[audit.GetArrayLength() - 1];
        Assert.Equal(("access.role_set", "Ivo Invited"), (last.GetProperty("action").GetString(), last.GetProperty("actorName").GetString()));
        Assert.Equal("Commenter", last.GetProperty("details").GetProperty("role").GetString());
        Assert.Equal(f.Lead.Id, last.GetProperty("details").GetProperty("invitedBy").GetGuid());
    }

    [Fact]
    public async Task A_revision_summarises_the_text_changes_since_the_one_before()
    {
        var id = await f.NewStatementAsync("Alpha.");
        var version = await f.Lead.Client.PutTextAsync(id, await f.Lead.Client.HeadVersionAsync(id), "Alpha beta.");
        version = await f.Editor.Client.PutTextAsync(id, version, "Alpha beta gamma.");
        (await f.Lead.Client.PostAsJsonAsync($"/api/statements/{id}/revisions", new { label = "Checkpoint" })).EnsureSuccessStatusCode();

        var audit = await (await f.Lead.Client.GetAsync($"/api/statements/{id}/audit")).ReadJsonAsync();

        var details = audit.EnumerateArray().Last(e => e.GetProperty("action").GetString() == "revision.recorded").GetProperty("details");
        Assert.Equal(version, details.GetProperty("version").GetInt64());
        Assert.Equal(0, details.GetProperty("sinceVersion").GetInt64());
        Assert.Equal(3, details.GetProperty("ops").GetInt32());
        Assert.Equal(new[] { f.Lead.AuthorId, f.Editor.AuthorId }.Order(StringComparer.Ordinal), details.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Alpha beta gamma.".Length, details.GetProperty("insertedCharacters").GetInt32());
    }

    [Fact]
    public async Task Verification_fails_at_the_entry_that_was_altered_in_the_database_file()
    {
        var id = await f.NewStatementAsync();
        await f.Lead.Client.OpenRoundAsync(id);
        await f.SignatoryA.Client.DecidedAsync(id, "Approve");
        var before = await (await f.Lead.Client.GetAsync($"/api/statements/{id}/audit")).ReadJsonAsync();
        var approval = before.EnumerateArray().Single(e => e.GetProperty("action").GetString() == "signoff.decision").GetProperty("sequence").GetInt64();

        Alter(id, approval, """{"decision":"Decline"}""");

        var verified = await (await f.Lead.Client.GetAsync($"/api/statements/{id}/audit/verify")).ReadJsonAsync();
        Assert.False(verified.GetProperty("isIntact").GetBoolean());
        Assert.Equal(approval, verified.GetProperty("brokenAt").GetInt64());
        Assert.Equal(approval - 1, verified.GetProperty("verifiedEntries").GetInt64());
        Assert.Contains("altered", verified.GetProperty("problem").GetString());
    }

    [Fact]
    public async Task Only_people_on_the_statement_read_its_audit()
    {
        var id = await f.NewStatementAsync();
        var outsider = await f.Factory.Accounts.PersonInNewOrganisationAsync("Otto Outsider", "Elsewhere");
        var viewer = await f.Factory.Accounts.PersonAsync("Vera Viewer", f.PartnerA);
        await TestAccounts.GiveRoleAsync(f.Lead, id, viewer, StatementRole.Viewer);

        await (await outsider.Client.GetAsync($"/api/statements/{id}/audit")).AssertProblemAsync(404, "statement.not_found");
        await (await outsider.Client.GetAsync($"/api/statements/{id}/audit/verify")).AssertProblemAsync(404, "statement.not_found");
        Assert.True((await viewer.Client.GetAsync($"/api/statements/{id}/audit/verify")).IsSuccessStatusCode);
    }

    /// <summary>What someone with the database file could do: rewrite an entry's details in place.</summary>
    private void Alter(Guid statementId, long sequence, string details)
    {
        var path = Path.Combine(f.Factory.DataDirectory, "codraft.db");
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE audit_entries SET details = $details WHERE statement_id = $statement AND sequence = $sequence;";
        command.Parameters.AddWithValue("$details", details);
        command.Parameters.AddWithValue("$statement", statementId.ToString("D"));
        command.Parameters.AddWithValue("$sequence", sequence);
        Assert.Equal(1, command.ExecuteNonQuery());
    }
}
