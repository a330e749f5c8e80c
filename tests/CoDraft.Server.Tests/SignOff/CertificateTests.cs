using System.Net;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.SignOff;

/// <summary>The certificate of completion: final hash, each organisation's approval of it, and the round history.</summary>
public sealed class CertificateTests(SignOffFixture f) : IClassFixture<SignOffFixture>
{
    [Fact]
    public async Task The_certificate_lists_each_organisations_approval_of_the_published_hash_and_the_rounds()
    {
        var id = await f.NewStatementAsync("First draft.");
        await f.Lead.Client.OpenRoundAsync(id);
        await f.SignatoryA.Client.DecidedAsync(id, "Approve");
        await f.Lead.Client.PutTextAsync(id, await f.Lead.Client.HeadVersionAsync(id), "Final draft.");
        await f.Lead.Client.ReissueAsync(id);
        foreach (var (person, _) in f.Deciders)
        {
            await person.Client.DecidedAsync(id, "Approve");
        }
        (await f.Lead.Client.PublishAsync(id)).EnsureSuccessStatusCode();

        var certificate = await (await f.SignatoryB.Client.GetAsync($"/api/statements/{id}/certificate")).ReadJsonAsync();

        var final = TextHash.Sha256("Final draft.");
        Assert.Equal(final, certificate.GetProperty("sha256").GetString());
        var approvals = certificate.GetProperty("approvals").EnumerateArray().ToList();
        Assert.Equal(new[] { f.Convening, f.PartnerA, f.PartnerB }.Order(), approvals.Select(a => a.GetProperty("organisationId").GetGuid()).Order());
        Assert.All(approvals, a => Assert.Equal(final, a.GetProperty("sha256").GetString()));
        Assert.Equal("Anna Signatory", approvals.Single(a => a.GetProperty("organisationId").GetGuid() == f.PartnerA).GetProperty("personName").GetString());
        var round = Assert.Single(certificate.GetProperty("rounds").EnumerateArray());
        Assert.Equal("Completed", round.GetProperty("status").GetString());
        Assert.Equal(2, round.GetProperty("candidates").GetArrayLength());
        Assert.Equal([true, false, false, false], round.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("stale").GetBoolean()));
        Assert.True(certificate.GetProperty("auditIntact").GetBoolean());
    }

    [Fact]
    public async Task The_printable_certificate_escapes_every_name_title_and_comment()
    {
        var id = await f.NewStatementAsync("Text.", title: "<script>alert(1)</script> & letter");
        await f.Lead.Client.OpenRoundAsync(id);
        await f.SignatoryA.Client.DecidedAsync(id, "RequestChanges", "<img src=x onerror=alert(2)>");
        await f.Lead.Client.MoveAsync(id, "Drafting");
        await f.Lead.Client.OpenRoundAsync(id);
        foreach (var (person, _) in f.Deciders)
        {
            await person.Client.DecidedAsync(id, "Approve");
        }
        await f.Lead.Client.PublishAsync(id);

        var response = await f.Lead.Client.GetAsync($"/api/statements/{id}/certificate.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; letter", html);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html);
        Assert.Contains("Partner &lt;A&gt; &amp; Co", html);
        Assert.Contains(TextHash.Sha256("Text."), html);
    }

    [Fact]
    public async Task There_is_no_certificate_before_publication()
    {
        var id = await f.NewStatementAsync();
        await f.Lead.Client.OpenRoundAsync(id);

        var json = await f.Lead.Client.GetAsync($"/api/statements/{id}/certificate");
        var html = await f.Lead.Client.GetAsync($"/api/statements/{id}/certificate.html");

        Assert.Equal("InReview", (await json.AssertProblemAsync(409, "certificate.not_published")).GetProperty("currentState").GetString());
        await html.AssertProblemAsync(409, "certificate.not_published");
    }
}
