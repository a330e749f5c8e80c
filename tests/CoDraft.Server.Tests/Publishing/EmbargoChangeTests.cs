using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Publishing;

/// <summary>
/// A lead can move or lift an embargo while it lasts (<c>PUT /api/statements/{id}/publication/public-from</c>); once
/// the statement is public its public date stays. Each change is audited.
/// </summary>
public sealed class EmbargoChangeTests(PublicationFixture f) : IClassFixture<PublicationFixture>
{
    [Fact]
    public async Task Lifting_the_embargo_makes_the_statement_public_at_once_and_is_audited()
    {
        var title = "Lifted letter " + Guid.NewGuid().ToString("N")[..6];
        var originalEnd = f.Factory.Clock.GetUtcNow().AddDays(3);
        var (id, slug) = await f.PublishAsync(title, "Lifted wording.", publicFrom: originalEnd);
        Assert.Equal(HttpStatusCode.NotFound, (await f.Public().GetAsync($"/p/{slug}")).StatusCode);

        var before = Ms(f.Factory.Clock.GetUtcNow());
        var lifted = await SetAsync(f.Lead, id, null);

        Assert.Equal(HttpStatusCode.OK, lifted.StatusCode);
        var view = await lifted.ReadJsonAsync();
        Assert.True(view.GetProperty("isPublic").GetBoolean());
        var liftedAt = view.GetProperty("publicFrom").GetDateTimeOffset();
        Assert.InRange(liftedAt, before, f.Factory.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.OK, (await f.Public().GetAsync($"/p/{slug}")).StatusCode);
        Assert.Contains(slug, await f.Public().GetStringAsync("/p"));
        Assert.Contains(title, await f.Public().GetStringAsync("/p/feed.atom"));

        var entry = (await AuditAsync(id)).Last();
        Assert.Equal("publication.public_from_changed", entry.GetProperty("action").GetString());
        Assert.Equal(f.Lead.Name, entry.GetProperty("actorName").GetString());
        var details = entry.GetProperty("details");
        Assert.Equal(Ms(originalEnd), details.GetProperty("previousPublicFrom").GetDateTimeOffset());
        Assert.Equal(liftedAt, Ms(details.GetProperty("publicFrom").GetDateTimeOffset()));
        Assert.True(details.GetProperty("lifted").GetBoolean());
        var verified = await (await f.Lead.Client.GetAsync($"/api/statements/{id}/audit/verify")).ReadJsonAsync();
        Assert.True(verified.GetProperty("isIntact").GetBoolean());
    }

    [Fact]
    public async Task A_time_already_past_also_lifts_the_embargo()
    {
        var (id, slug) = await f.PublishAsync("Past time " + Guid.NewGuid().ToString("N")[..6], "Text.", publicFrom: f.Factory.Clock.GetUtcNow().AddDays(1));

        var before = Ms(f.Factory.Clock.GetUtcNow());
        var lifted = await SetAsync(f.Lead, id, before.AddDays(-1));

        Assert.Equal(HttpStatusCode.OK, lifted.StatusCode);
        // The public date is the moment it was lifted, never a time before anyone could see it.
        Assert.InRange((await lifted.ReadJsonAsync()).GetProperty("publicFrom").GetDateTimeOffset(), before, f.Factory.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.OK, (await f.Public().GetAsync($"/p/{slug}")).StatusCode);
    }

    [Fact]
    public async Task Moving_the_embargo_later_keeps_the_statement_hidden_until_the_new_time()
    {
        var title = "Postponed letter " + Guid.NewGuid().ToString("N")[..6];
        var now = f.Factory.Clock.GetUtcNow();
        var (id, slug) = await f.PublishAsync(title, "Postponed wording.", publicFrom: now.AddDays(1));
        var later = Ms(now.AddDays(10));

        var moved = await SetAsync(f.Lead, id, later);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var view = await moved.ReadJsonAsync();
        Assert.False(view.GetProperty("isPublic").GetBoolean());
        Assert.Equal(later, view.GetProperty("publicFrom").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.NotFound, (await f.Public().GetAsync($"/p/{slug}")).StatusCode);
        Assert.DoesNotContain(slug, await f.Public().GetStringAsync("/p"));
        Assert.DoesNotContain(title, await f.Public().GetStringAsync("/p/feed.atom"));
        var details = (await AuditAsync(id)).Last().GetProperty("details");
        Assert.Equal((Ms(now.AddDays(1)), later, false),
            (details.GetProperty("previousPublicFrom").GetDateTimeOffset(), details.GetProperty("publicFrom").GetDateTimeOffset(), details.GetProperty("lifted").GetBoolean()));
    }

    [Fact]
    public async Task Only_a_lead_may_change_the_embargo()
    {
        var end = Ms(f.Factory.Clock.GetUtcNow().AddDays(2));
        var (id, slug) = await f.PublishAsync("Guarded " + Guid.NewGuid().ToString("N")[..6], "Text.", publicFrom: end);
        var entries = (await AuditAsync(id)).Count;

        await (await SetAsync(f.Editor, id, null)).AssertProblemAsync(403, "access.forbidden");
        await (await SetAsync(f.SignatoryA, id, null)).AssertProblemAsync(403, "access.forbidden");
        await (await SetAsync(f.Viewer, id, null)).AssertProblemAsync(403, "access.forbidden");
        await (await SetAsync(f.Outsider, id, null)).AssertProblemAsync(404, "statement.not_found");

        Assert.Equal(HttpStatusCode.NotFound, (await f.Public().GetAsync($"/p/{slug}")).StatusCode);
        Assert.Equal(end, (await PageAsync(id)).GetProperty("publicFrom").GetDateTimeOffset());
        Assert.Equal(entries, (await AuditAsync(id)).Count);
    }

    [Fact]
    public async Task Once_public_the_date_cannot_be_changed()
    {
        var (atOnce, _) = await f.PublishAsync("At once " + Guid.NewGuid().ToString("N")[..6], "Text.");
        var (lifted, liftedSlug) = await f.PublishAsync("Lifted twice " + Guid.NewGuid().ToString("N")[..6], "Text.", publicFrom: f.Factory.Clock.GetUtcNow().AddDays(1));
        (await SetAsync(f.Lead, lifted, null)).EnsureSuccessStatusCode();
        var liftedAt = (await PageAsync(lifted)).GetProperty("publicFrom").GetDateTimeOffset();
        var entries = (await AuditAsync(lifted)).Count;

        await (await SetAsync(f.Lead, atOnce, f.Factory.Clock.GetUtcNow().AddDays(5))).AssertProblemAsync(409, "publication.already_public");
        await (await SetAsync(f.Lead, lifted, f.Factory.Clock.GetUtcNow().AddDays(5))).AssertProblemAsync(409, "publication.already_public");
        await (await SetAsync(f.Lead, lifted, null)).AssertProblemAsync(409, "publication.already_public");

        Assert.True((await PageAsync(atOnce)).GetProperty("isPublic").GetBoolean());
        Assert.Equal(JsonValueKind.Null, (await PageAsync(atOnce)).GetProperty("publicFrom").ValueKind);
        Assert.Equal(liftedAt, (await PageAsync(lifted)).GetProperty("publicFrom").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.OK, (await f.Public().GetAsync($"/p/{liftedSlug}")).StatusCode);
        Assert.Equal(entries, (await AuditAsync(lifted)).Count);
    }

    [Fact]
    public async Task An_unpublished_statement_or_a_malformed_body_is_refused()
    {
        var (draft, _) = await f.Lead.Client.CreateStatementAsync("Not yet published", "Text.");
        await (await SetAsync(f.Lead, draft, null)).AssertProblemAsync(409, "publication.not_published");

        var (id, _) = await f.PublishAsync("Malformed " + Guid.NewGuid().ToString("N")[..6], "Text.", publicFrom: f.Factory.Clock.GetUtcNow().AddDays(1));
        var url = $"/api/statements/{id}/publication/public-from";
        await (await f.Lead.Client.PutAsync(url, new StringContent("{\"publicFrom\": \"next tuesday\"}", System.Text.Encoding.UTF8, "application/json")))
            .AssertProblemAsync(400, "request.invalid");
        await (await f.Lead.Client.PutAsync(url, new StringContent("", System.Text.Encoding.UTF8, "application/json")))
            .AssertProblemAsync(400, "request.invalid");
        Assert.False((await PageAsync(id)).GetProperty("isPublic").GetBoolean());
    }

    /// <summary>A time as the stores keep it: to the millisecond.</summary>
    private static DateTimeOffset Ms(DateTimeOffset time) => DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds());

    private static Task<HttpResponseMessage> SetAsync(TestPerson person, Guid id, DateTimeOffset? publicFrom) =>
        person.Client.PutAsJsonAsync($"/api/statements/{id}/publication/public-from", new { publicFrom });

    private async Task<JsonElement> PageAsync(Guid id) =>
        await (await f.Lead.Client.GetAsync($"/api/statements/{id}/public-page")).ReadJsonAsync();

    private async Task<List<JsonElement>> AuditAsync(Guid id) =>
        (await (await f.Lead.Client.GetAsync($"/api/statements/{id}/audit")).ReadJsonAsync()).EnumerateArray().ToList();
}
