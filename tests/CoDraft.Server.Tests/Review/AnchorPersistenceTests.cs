using CoDraft.Core.Storage;
using CoDraft.Server.Editing;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoDraft.Server.Tests.Review;

/// <summary>Anchors are written back in batches while a statement is edited, even when nobody reads its comments.</summary>
public sealed class AnchorPersistenceTests
{
    private const int PersistEvery = 10;

    [Fact]
    public async Task Anchors_of_a_statement_edited_after_a_restart_are_stored_at_most_one_batch_behind()
    {
        var settings = new Dictionary<string, string?> { ["Review:PersistAnchorsEvery"] = PersistEvery.ToString() };
        Guid statementId, threadId;
        string email;
        string dataDirectory;
        using (var first = new CoDraftFactory(settings: settings) { KeepData = true })
        {
            var lead = await first.Accounts.PersonInNewOrganisationAsync("Lena Lead");
            email = lead.Email;
            (statementId, _) = await lead.Client.CreateStatementAsync("Open letter", "We call on the EU.");
            var thread = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(
                lead.Client, $"/api/statements/{statementId}/threads", new { start = 15, end = 17, body = "Which part of it?" });
            threadId = (await thread.ReadJsonAsync()).Id();
            dataDirectory = first.DataDirectory;
        }

        using var restarted = new CoDraftFactory(dataDirectory, settings);
        var editor = restarted.Services.GetRequiredService<DraftEditor>();
        var (_, version) = await editor.ReadHeadAsync(statementId);
        for (var i = 1; i <= 3 * PersistEvery + 3; i++)
        {
            version = (await editor.SubmitAsync(new Submission(statementId, version, "typist", i, PatchOp.At(0, 0, "!"), "typist"))).Version;
        }

        var stored = (await restarted.Services.GetRequiredService<IReviewStore>().FindThreadAsync(statementId, threadId))!;
        Assert.InRange(stored.AnchorVersion, version - PersistEvery + 1, version);
        Assert.Equal(15 + (int)(stored.AnchorVersion - 1), stored.Anchor.Start);
        var signedIn = await restarted.Accounts.SignInAsync(email);
        var listed = await (await signedIn.Client.GetAsync($"/api/statements/{statementId}/threads/{threadId}")).ReadJsonAsync();
        Assert.Equal((15 + 3 * PersistEvery + 3, 17 + 3 * PersistEvery + 3, "EU", "ok"), listed.Anchor());
    }
}
