using System.Net;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.SignOff;

/// <summary>The publish guard: only the text every required organisation approved word for word is ever published.</summary>
public sealed class PublishTests(SignOffFixture f) : IClassFixture<SignOffFixture>
{
    [Fact]
    public async Task Publishing_is_refused_with_one_approval_missing()
    {
        var id = await f.NewStatementAsync();
        await f.Lead.Client.OpenRoundAsync(id);
        await f.Lead.Client.DecidedAsync(id, "Approve");
        await f.SignatoryA.Client.DecidedAsync(id, "Approve");

        var response = await f.Lead.Client.PublishAsync(id);

        var problem = await response.AssertProblemAsync(409, "publish.not_approved");
        Assert.Equal("InReview", problem.GetProperty("currentState").GetString());
        await (await f.Lead.Client.GetAsync($"/api/statements/{id}/publication")).AssertProblemAsync(409, "certificate.not_published");
    }

    [Fact]
    public async Task Publishing_is_refused_when_an_edit_lands_between_the_last_approval_and_the_publish_call()
    {
        var id = await f.NewStatementAsync("Approved wording.");
        await f.Lead.Client.OpenRoundAsync(id);
        foreach (var (person, _) in f.Deciders)
        {
            await person.Client.DecidedAsync(id, "Approve");
        }
        Assert.Equal("Approved", await f.Lead.Client.StateAsync(id));
        await f.Editor.Client.PutTextAsync(id, await f.Lead.Client.HeadVersionAsync(id), "Approved wording, quietly changed.");

        var response = await f.Lead.Client.PublishAsync(id);

        await response.AssertProblemAsync(409, "publish.not_approved");
        Assert.Equal("InReview", await f.Lead.Client.StateAsync(id));
        await (await f.Lead.Client.GetAsync($"/api/statements/{id}/publication")).AssertProblemAsync(409, "certificate.not_published");
    }

    [Fact]
    public async Task Publishing_stores_exactly_the_approved_text_with_its_embargo_and_only_once()
    {
        var id = await f.NewStatementAsync("# Open letter\n\nWe call on the EU.");
        await f.Lead.Client.OpenRoundAsync(id);
        foreach (var (person, _) in f.Deciders)
        {
            await person.Client.DecidedAsync(id, "Approve");
        }
        var embargo = new DateTimeOffset(2030, 1, 15, 9, 0, 0, TimeSpan.Zero);

        var published = await f.Lead.Client.PublishAsync(id, embargo);
        var again = await f.Lead.Client.PublishAsync(id);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var publication = await (await f.SignatoryB.Client.GetAsync($"/api/statements/{id}/publication")).ReadJsonAsync();
        Assert.Equal("# Open letter\n\nWe call on the EU.", publication.GetProperty("text").GetString());
        Assert.Equal(TextHash.Sha256("# Open letter\n\nWe call on the EU."), publication.GetProperty("sha256").GetString());
        Assert.Equal(embargo, publication.GetProperty("publicFrom").GetDateTimeOffset());
        Assert.Equal(f.Lead.AuthorId, publication.GetProperty("publishedBy").GetString());
        Assert.Equal("Published", await f.Lead.Client.StateAsync(id));
        Assert.Equal("Published", (await again.AssertProblemAsync(409, "publish.not_approved")).GetProperty("currentState").GetString());
    }

    [Fact]
    public async Task Only_a_lead_publishes()
    {
        var id = await f.NewStatementAsync();
        await f.Lead.Client.OpenRoundAsync(id);
        foreach (var (person, _) in f.Deciders)
        {
            await person.Client.DecidedAsync(id, "Approve");
        }

        var bySignatory = await f.SignatoryA.Client.PublishAsync(id);
        var byEditor = await f.Editor.Client.PublishAsync(id);

        await bySignatory.AssertProblemAsync(403, "access.forbidden");
        await byEditor.AssertProblemAsync(403, "access.forbidden");
        Assert.Equal("Approved", await f.Lead.Client.StateAsync(id));
    }
}
