using System.Net;
using System.Net.Http.Json;
using CoDraft.Server.Tests.Infrastructure;
using CoDraft.Server.Tests.SignOff;

namespace CoDraft.Server.Tests.Publishing;

/// <summary>The sign-on form and its JSON twin: field errors, duplicates, the honeypot, and moderation by leads.</summary>
public sealed class SignOnTests(PublicationFixture f) : IClassFixture<PublicationFixture>
{
    [Fact]
    public async Task A_request_waits_for_a_lead_and_once_approved_is_listed_after_the_originals_with_its_date()
    {
        var (id, slug) = await f.PublishAsync("Sign-on flow", "Text.");

        var posted = await f.PostFormAsync(slug, PublicationFixture.Form("  Kinderschutz Nord e.V. ", "de"));

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Equal($"/p/{slug}?requested=true#sign-on", posted.Headers.Location!.OriginalString);
        Assert.Contains("Your request has been received", await f.Public().GetStringAsync($"/p/{slug}?requested=true"));
        Assert.DoesNotContain("Kinderschutz Nord", await f.Public().GetStringAsync($"/p/{slug}"));
        var pending = (await f.RequestsAsync(id, "Pending")).EnumerateArray().Single();
        Assert.Equal(("Kinderschutz Nord e.V.", "DE", "Clara Contact", "clara@example.org", "kinderschutz nord"),
            (pending.GetProperty("organisation").GetString(), pending.GetProperty("country").GetString(), pending.GetProperty("contactPerson").GetString(),
             pending.GetProperty("email").GetString(), pending.GetProperty("nameKey").GetString()));

        var approved = await f.Lead.Client.PostAsJsonAsync($"/api/statements/{id}/sign-ons/{pending.GetProperty("id").GetGuid()}/approve", new { });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var page = await f.Public().GetStringAsync($"/p/{slug}");
        var today = DateTimeOffset.UtcNow.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"<td>Kinderschutz Nord e.V.</td><td>DE</td><td>NGO</td><td>Signed on <time", page);
        Assert.Contains(today, page);
        Assert.True(page.IndexOf("Partner B", StringComparison.Ordinal) < page.IndexOf("Kinderschutz Nord", StringComparison.Ordinal));
        Assert.DoesNotContain("clara@example.org", page);
        Assert.DoesNotContain("Clara Contact", page);
        Assert.Contains("Signatories (4)", page);
        var audit = await (await f.Lead.Client.GetAsync($"/api/statements/{id}/audit")).ReadJsonAsync();
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "signon.approved");
    }

    [Fact]
    public async Task Invalid_fields_are_each_named_beside_the_field_with_the_values_kept_and_nothing_is_stored()
    {
        var (id, slug) = await f.PublishAsync("Field errors", "Text.");
        var fields = new Dictionary<string, string>
        {
            ["organisation"] = "<b>Bold</b> Org", ["country"] = "Germany", ["type"] = "Spaceship", ["website"] = "javascript:alert(1)",
            ["contactPerson"] = "", ["email"] = "not-an-email", ["homepage"] = "",
        };

        var response = await f.PostFormAsync(slug, fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var field in new[] { "country", "type", "website", "contactPerson", "email", "consent" })
        {
            Assert.Contains($"<p class=\"error\" id=\"e-{field}\">", html);
        }
        Assert.DoesNotContain("id=\"e-organisation\"", html);
        Assert.Contains("value=\"&lt;b&gt;Bold&lt;/b&gt; Org\"", html);
        Assert.Contains("value=\"Germany\"", html);
        Assert.Contains("id=\"f-email\" name=\"email\" autocomplete=\"email\" value=\"not-an-email\" aria-invalid=\"true\"", html);
        Assert.Contains("role=\"alert\"", html);
        Assert.Empty((await f.RequestsAsync(id)).EnumerateArray());
    }

    [Fact]
    public async Task Consent_to_be_listed_is_required()
    {
        var (id, slug) = await f.PublishAsync("Consent", "Text.");

        var response = await f.PostFormAsync(slug, PublicationFixture.Form("Shy Org", consent: false));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"e-consent\"", await response.Content.ReadAsStringAsync());
        Assert.Empty((await f.RequestsAsync(id)).EnumerateArray());
    }

    [Fact]
    public async Task A_filled_in_honeypot_is_thanked_like_a_person_and_stores_nothing()
    {
        var (id, slug) = await f.PublishAsync("Honeypot", "Text.");
        var fields = PublicationFixture.Form("Bot Org");
        fields["homepage"] = "https://spam.example";

        var response = await f.PostFormAsync(slug, fields);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Empty((await f.RequestsAsync(id)).EnumerateArray());
    }

    [Fact]
    public async Task An_organisation_already_listed_or_asking_is_recognised_by_its_normalised_name()
    {
        var (id, slug) = await f.PublishAsync("Duplicates", "Text.");
        Assert.Equal(HttpStatusCode.SeeOther, (await f.PostFormAsync(slug, PublicationFixture.Form("Open Rights Net"))).StatusCode);

        var original = await f.PostFormAsync(slug, PublicationFixture.Form("partner b e.V."));
        var pending = await f.PostFormAsync(slug, PublicationFixture.Form("The OPEN RIGHTS NET Ltd."));

        Assert.Equal(HttpStatusCode.Conflict, original.StatusCode);
        Assert.Contains("partner b e.V. is already a signatory of this statement or has asked to sign on", await original.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, pending.StatusCode);
        Assert.Contains("id=\"e-organisation\"", await pending.Content.ReadAsStringAsync());
        Assert.Single((await f.RequestsAsync(id)).EnumerateArray());

        var request = (await f.RequestsAsync(id)).EnumerateArray().Single().GetProperty("id").GetGuid();
        (await f.Lead.Client.PostAsJsonAsync($"/api/statements/{id}/sign-ons/{request}/reject", new { })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.SeeOther, (await f.PostFormAsync(slug, PublicationFixture.Form("Open Rights Net"))).StatusCode);
    }

    [Fact]
    public async Task The_json_api_accepts_refuses_with_field_errors_and_spots_duplicates()
    {
        var (id, slug) = await f.PublishAsync("Json sign-on", "Text.");
        var body = new { organisation = "Json Org", country = "it", type = "Foundation", website = (string?)null, contactPerson = "J", email = "j@example.org", consent = true };

        var accepted = await f.Public().PostAsJsonAsync($"/api/public/statements/{slug}/sign-ons", body);
        var duplicate = await f.Public().PostAsJsonAsync($"/api/public/statements/{slug}/sign-ons", body with { organisation = "JSON ORG" });
        var invalid = await f.Public().PostAsJsonAsync($"/api/public/statements/{slug}/sign-ons", body with { organisation = "Other", email = "nope", consent = false });

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("Pending", (await accepted.ReadJsonAsync()).GetProperty("status").GetString());
        await duplicate.AssertProblemAsync(409, "publication.duplicate_organisation");
        var problem = await invalid.AssertProblemAsync(400, "publication.sign_on_invalid");
        Assert.Equal(["email", "consent"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        var stored = (await f.RequestsAsync(id)).EnumerateArray().Single();
        Assert.Equal(("IT", "Foundation"), (stored.GetProperty("country").GetString(), stored.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Rejected_requests_never_appear_and_each_request_is_decided_once()
    {
        var (id, slug) = await f.PublishAsync("Rejections", "Text.");
        await f.PostFormAsync(slug, PublicationFixture.Form("Dubious Front Group"));
        var request = (await f.RequestsAsync(id)).EnumerateArray().Single().GetProperty("id").GetGuid();

        var rejected = await f.Lead.Client.PostAsJsonAsync($"/api/statements/{id}/sign-ons/{request}/reject", new { });
        var again = await f.Lead.Client.PostAsJsonAsync($"/api/statements/{id}/sign-ons/{request}/approve", new { });
        var unknown = await f.Lead.Client.PostAsJsonAsync($"/api/statements/{id}/sign-ons/{Guid.NewGuid()}/approve", new { });

        Assert.Equal("Rejected", (await rejected.ReadJsonAsync()).GetProperty("status").GetString());
        await again.AssertProblemAsync(409, "publication.already_moderated");
        await unknown.AssertProblemAsync(404, "publication.request_not_found");
        Assert.DoesNotContain("Dubious Front Group", await f.Public().GetStringAsync($"/p/{slug}"));
        Assert.DoesNotContain("Dubious Front Group", await f.Public().GetStringAsync($"/p/{slug}/signatories.csv"));
        Assert.Empty((await f.RequestsAsync(id, "Pending")).EnumerateArray());
        var audit = await (await f.Lead.Client.GetAsync($"/api/statements/{id}/audit")).ReadJsonAsync();
        Assert.Single(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "signon.rejected");
    }

    [Fact]
    public async Task Only_leads_see_and_moderate_the_queue()
    {
        var (id, slug) = await f.PublishAsync("Queue access", "Text.");
        await f.PostFormAsync(slug, PublicationFixture.Form("Queued Org"));
        var request = (await f.RequestsAsync(id)).EnumerateArray().Single().GetProperty("id").GetGuid();

        foreach (var person in new[] { f.SignatoryA, f.Editor, f.Viewer })
        {
            await (await person.Client.GetAsync($"/api/statements/{id}/sign-ons")).AssertProblemAsync(403, "access.forbidden");
            await (await person.Client.PostAsJsonAsync($"/api/statements/{id}/sign-ons/{request}/approve", new { })).AssertProblemAsync(403, "access.forbidden");
        }
        await (await f.Outsider.Client.PostAsJsonAsync($"/api/statements/{id}/sign-ons/{request}/approve", new { })).AssertProblemAsync(404, "statement.not_found");
        Assert.Equal(HttpStatusCode.Unauthorized, (await f.Public().PostAsJsonAsync($"/api/statements/{id}/sign-ons/{request}/approve", new { })).StatusCode);
        Assert.Equal("Pending", (await f.RequestsAsync(id)).EnumerateArray().Single().GetProperty("status").GetString());
        await (await f.Lead.Client.GetAsync($"/api/statements/{id}/sign-ons?status=Maybe")).AssertProblemAsync(400, "request.invalid");
    }
}

/// <summary>The per-address limit on sign-on submissions.</summary>
public sealed class SignOnLimitTests(ThrottledPublicationFixture f) : IClassFixture<ThrottledPublicationFixture>
{
    [Fact]
    public async Task An_address_over_its_hourly_limit_is_refused_and_nothing_more_is_stored()
    {
        var (id, slug) = await f.PublishAsync("Rate limit", "Text.");

        var first = await f.PostFormAsync(slug, PublicationFixture.Form("First Org"));
        var invalid = await f.PostFormAsync(slug, PublicationFixture.Form("Second Org", country: "??"));
        var third = await f.PostFormAsync(slug, PublicationFixture.Form("Third Org"));
        var json = await f.Public().PostAsJsonAsync($"/api/public/statements/{slug}/sign-ons", new { organisation = "Fourth Org", country = "DE", type = "Ngo", contactPerson = "C", email = "c@example.org", consent = true });

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(int.Parse(third.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        await json.AssertProblemAsync(429, "publication.sign_on_rate_limited");
        Assert.True(int.Parse(json.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("nosniff", json.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(["First Org"], (await f.RequestsAsync(id)).EnumerateArray().Select(r => r.GetProperty("organisation").GetString()));

        f.Factory.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(HttpStatusCode.SeeOther, (await f.PostFormAsync(slug, PublicationFixture.Form("Later Org"))).StatusCode);
    }
}

/// <summary>A closed statement stays public but takes no new signatories.</summary>
public sealed class ClosedSignOnTests(PublicationFixture f) : IClassFixture<PublicationFixture>
{
    [Fact]
    public async Task A_closed_statement_shows_no_form_and_refuses_requests()
    {
        var (id, slug) = await f.PublishAsync("Closed letter", "Text.");
        (await f.Lead.Client.MoveAsync(id, "Closed")).EnsureSuccessStatusCode();

        var page = await f.Public().GetStringAsync($"/p/{slug}");
        var form = await f.PostFormAsync(slug, PublicationFixture.Form("Late Org"));
        var json = await f.Public().PostAsJsonAsync($"/api/public/statements/{slug}/sign-ons", new { organisation = "Late Json", country = "DE", type = "Ngo", contactPerson = "C", email = "c@example.org", consent = true });

        Assert.Contains("Closed letter", page);
        Assert.Contains("it takes no new signatories", page);
        Assert.DoesNotContain("<form", page);
        Assert.Equal(HttpStatusCode.Conflict, form.StatusCode);
        await json.AssertProblemAsync(409, "publication.sign_on_closed");
        Assert.Empty((await f.RequestsAsync(id)).EnumerateArray());
    }
}
