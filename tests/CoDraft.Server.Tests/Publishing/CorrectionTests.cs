using System.Net;
using System.Net.Http.Json;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Publishing;

/// <summary>Corrections after publication, their public history, and the original signatories' reconfirmations.</summary>
public sealed class CorrectionTests(PublicationFixture f) : IClassFixture<PublicationFixture>
{
    private Task<HttpResponseMessage> CorrectAsync(Guid id, string text, string reason, TestPerson? by = null) =>
        (by ?? f.Lead).Client.PostAsJsonAsync($"/api/statements/{id}/corrections", new { text, reason });

    private static Task<HttpResponseMessage> ReconfirmAsync(TestPerson by, Guid id, long number, string decision, Guid? organisationId = null) =>
        by.Client.PostAsJsonAsync($"/api/statements/{id}/corrections/{number}/reconfirmations", new { decision, organisationId });

    [Fact]
    public async Task A_correction_replaces_the_public_text_and_the_page_shows_its_reason_and_both_hashes()
    {
        var (id, slug) = await f.PublishAsync("Corrected letter", "We call on the EU by 2025.");

        var response = await CorrectAsync(id, "We call on the EU by 2026.", "The deadline year was wrong.");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, (await response.ReadJsonAsync()).GetProperty("number").GetInt64());
        var page = await f.Public().GetStringAsync($"/p/{slug}");
        Assert.Contains("We call on the EU by 2026.", page);
        Assert.DoesNotContain("by 2025", page);
        Assert.Contains(TextHash.Sha256("We call on the EU by 2026."), page);
        Assert.Contains(TextHash.Sha256("We call on the EU by 2025."), page);
        Assert.Contains("<strong>Correction 1</strong>", page);
        Assert.Contains("The deadline year was wrong.", page);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(page, "Reconfirmation pending").Count);
        var audit = await (await f.Lead.Client.GetAsync($"/api/statements/{id}/audit")).ReadJsonAsync();
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "publication.corrected");
        await (await f.Editor.Client.PutAsJsonAsync($"/api/statements/{id}/text", new { baseVersion = 1, text = "x" })).AssertProblemAsync(409, "text.closed");
    }

    [Fact]
    public async Task Original_signatories_reconfirm_or_withdraw_for_their_own_organisation_and_the_page_shows_each_answer()
    {
        var (id, slug) = await f.PublishAsync("Reconfirm", "Original text.");
        await f.SignedOnAsync(id, slug, "Later Supporter");
        await CorrectAsync(id, "Corrected text.", "Clarity.");

        var a = await ReconfirmAsync(f.SignatoryA, id, 1, "Reconfirmed");
        var b = await ReconfirmAsync(f.SignatoryB, id, 1, "Withdrawn");
        var forOther = await ReconfirmAsync(f.SignatoryA, id, 1, "Withdrawn", f.PartnerB);
        var byEditor = await ReconfirmAsync(f.Editor, id, 1, "Reconfirmed");

        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        await forOther.AssertProblemAsync(403, "signoff.wrong_organisation");
        await byEditor.AssertProblemAsync(403, "access.forbidden");
        var page = await f.Public().GetStringAsync($"/p/{slug}");
        Assert.Contains("<td>Partner &lt;A&gt; &amp; Co</td><td>BE</td><td>NGO</td><td>Original signatory</td><td class=\"status\"><span class=\"badge\">Reconfirmed", page);
        Assert.Contains("<tr class=\"withdrawn\"><td>Partner B</td>", page);
        Assert.Contains("Withdrew support", page);
        Assert.Contains("<td>Convening Alliance</td><td>DE</td><td>NGO</td><td>Original signatory</td><td class=\"status\"><span class=\"badge\">Reconfirmation pending", page);
        Assert.Contains("Signed after the correction", page);
        Assert.Contains("Signatories (3)", page);
        Assert.DoesNotContain("Partner B", await f.Public().GetStringAsync($"/p/{slug}/signatories.csv"));
        var standings = (await (await f.Viewer.Client.GetAsync($"/api/statements/{id}/corrections")).ReadJsonAsync()).GetProperty("reconfirmations");
        Assert.Equal(["Reconfirmed", "Withdrawn", "Pending"],
            new[] { f.PartnerA, f.PartnerB, f.Convening }.Select(o => standings.EnumerateArray().Single(s => s.GetProperty("organisationId").GetGuid() == o).GetProperty("status").GetString()));
        var audit = await (await f.Lead.Client.GetAsync($"/api/statements/{id}/audit")).ReadJsonAsync();
        Assert.Equal(2, audit.EnumerateArray().Count(e => e.GetProperty("action").GetString() == "publication.reconfirmation"));
    }

    [Fact]
    public async Task A_new_correction_asks_again_and_only_the_newest_can_be_answered()
    {
        var (id, slug) = await f.PublishAsync("Two corrections", "First.");
        await CorrectAsync(id, "Second.", "One.");
        await ReconfirmAsync(f.SignatoryA, id, 1, "Reconfirmed");
        await CorrectAsync(id, "Third.", "Two.");

        var old = await ReconfirmAsync(f.SignatoryA, id, 1, "Reconfirmed");
        var unknown = await ReconfirmAsync(f.SignatoryA, id, 9, "Reconfirmed");

        await old.AssertProblemAsync(409, "publication.correction_superseded");
        await unknown.AssertProblemAsync(404, "publication.correction_not_found");
        var page = await f.Public().GetStringAsync($"/p/{slug}");
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(page, "Reconfirmation pending").Count);
        Assert.True(page.IndexOf("<strong>Correction 1</strong>", StringComparison.Ordinal) < page.IndexOf("<strong>Correction 2</strong>", StringComparison.Ordinal));
        Assert.Contains("Third.", page);
    }

    [Fact]
    public async Task Refusals_change_nothing()
    {
        var (id, slug) = await f.PublishAsync("Refused corrections", "Same.");
        var (draft, _) = await f.Lead.Client.CreateStatementAsync("Unpublished", "Draft.");

        await (await CorrectAsync(id, "Same.", "No change.")).AssertProblemAsync(409, "publication.correction_unchanged");
        await (await CorrectAsync(id, "Changed.", "  ")).AssertProblemAsync(400, "request.invalid");
        await (await CorrectAsync(id, "", "Empty.")).AssertProblemAsync(400, "request.invalid");
        await (await CorrectAsync(id, "Changed.", "By an editor.", f.Editor)).AssertProblemAsync(403, "access.forbidden");
        await (await CorrectAsync(id, "Changed.", "By a signatory.", f.SignatoryA)).AssertProblemAsync(403, "access.forbidden");
        await (await CorrectAsync(draft, "Changed.", "Not published.")).AssertProblemAsync(409, "publication.not_published");
        await (await ReconfirmAsync(f.SignatoryA, id, 1, "Reconfirmed")).AssertProblemAsync(404, "publication.correction_not_found");
        await (await f.Lead.Client.PostAsJsonAsync($"/api/statements/{id}/corrections/1/reconfirmations", new { })).AssertProblemAsync(400, "request.invalid");

        Assert.Empty((await (await f.Lead.Client.GetAsync($"/api/statements/{id}/corrections")).ReadJsonAsync()).GetProperty("corrections").EnumerateArray());
        Assert.DoesNotContain("id=\"corrections\"", await f.Public().GetStringAsync($"/p/{slug}"));
    }
}
