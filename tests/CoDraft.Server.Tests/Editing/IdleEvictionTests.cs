using System.Net.Http.Json;
using CoDraft.Client.Transport;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;
using CoDraft.Server.Editing;
using CoDraft.Server.Tests.Hubs.Infrastructure;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoDraft.Server.Tests.Editing;

/// <summary>
/// Idle statements leave memory once nobody has them open and nothing of them waits to be written, and come back
/// from the store as they were: no acknowledged edit is lost, a resend is still recognised, and a submission racing
/// with eviction is committed exactly once.
/// </summary>
public sealed class IdleEvictionTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("codraft-evict-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_statement_left_by_everyone_is_evicted_after_the_idle_time_and_reopens_with_its_text_and_version()
    {
        using var factory = new CoDraftFactory(settings: new Dictionary<string, string?>
        {
            ["Auth:CookieSecurePolicy"] = "SameAsRequest",
            ["Editing:IdleEvictSeconds"] = "300",
            ["Editing:AutoRevisionIdleSeconds"] = "2",
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var lead = await factory.Accounts.PersonInNewOrganisationAsync("Lena Lead");
        var editor = factory.Services.GetRequiredService<DraftEditor>();
        var (statementId, created) = await lead.Client.CreateStatementAsync("Open letter", "Dear Commissioners");
        await using var hub = DraftHubClient.Create(lead.Client.BaseAddress!, o => o.AccessTokenProvider = () => Task.FromResult<string?>(lead.Token));
        await hub.StartAsync();
        var joined = await hub.JoinAsync(statementId);
        var first = await hub.SubmitAsync(new SubmitRequest(statementId, joined.Version, "typist", 1, new TextOp([OpComponent.Retain(18), OpComponent.Insert(", we ask")])));
        var second = await hub.SubmitAsync(new SubmitRequest(statementId, first.Version, "typist", 2, new TextOp([OpComponent.Retain(26), OpComponent.Insert(" you to act.")])));
        var expected = "Dear Commissioners, we ask you to act.";

        factory.Clock.Advance(TimeSpan.FromSeconds(301));
        Assert.Equal(0, await editor.EvictIdleAsync());
        Assert.Equal(1, editor.OpenStatements);

        await hub.LeaveAsync(statementId);
        // The idle automatic revision is due first; once it is recorded the statement may go.
        await Eventually.HoldsAsync(async () => await editor.EvictIdleAsync() == 1, "the statement left memory");
        Assert.Equal(0, editor.OpenStatements);

        var reopened = await hub.JoinAsync(statementId);
        Assert.Equal(expected, reopened.Text);
        Assert.Equal(second.Version, reopened.Version);
        Assert.Equal(created + 2, reopened.Version);
        var resend = await hub.SubmitAsync(new SubmitRequest(statementId, joined.Version, "typist", 1, new TextOp([OpComponent.Retain(18), OpComponent.Insert(", we ask")])));
        Assert.True(resend.Duplicate);
        Assert.Equal(first.Version, resend.Version);
        var next = await hub.SubmitAsync(new SubmitRequest(statementId, reopened.Version, "typist", 3, new TextOp([OpComponent.Insert("To the EU. ")])));
        Assert.Equal(reopened.Version + 1, next.Version);
        Assert.Equal(("To the EU. " + expected, next.Version), await lead.Client.GetTextAsync(statementId));
    }

    [Fact]
    public async Task Comment_anchors_moved_in_memory_are_written_before_their_statement_leaves_memory()
    {
        using var factory = new CoDraftFactory(settings: new Dictionary<string, string?>
        {
            ["Editing:IdleEvictSeconds"] = "300",
            ["Editing:AutoRevisionIdleSeconds"] = "2",
        });
        var lead = await factory.Accounts.PersonInNewOrganisationAsync("Lena Lead");
        var editor = factory.Services.GetRequiredService<DraftEditor>();
        var store = factory.Services.GetRequiredService<IReviewStore>();
        var (statementId, created) = await lead.Client.CreateStatementAsync("Open letter", "We ask you to act.");
        // A comment on "act", then one edit before it: far fewer ops than Review:PersistAnchorsEvery, so the move is
        // held in memory only.
        var thread = await lead.Client.PostAsJsonAsync($"/api/statements/{statementId}/threads", new { start = 14, end = 17, version = created, body = "Which act?" });
        thread.EnsureSuccessStatusCode();
        var edited = await lead.Client.PutTextAsync(statementId, created, "We urgently ask you to act.");
        Assert.Equal(created, Assert.Single(await store.ListThreadsAsync(statementId)).AnchorVersion);

        factory.Clock.Advance(TimeSpan.FromSeconds(301));
        await Eventually.HoldsAsync(async () => await editor.EvictIdleAsync() == 1, "the statement left memory");

        var stored = Assert.Single(await store.ListThreadsAsync(statementId));
        Assert.Equal(edited, stored.AnchorVersion);
        Assert.Equal((23, 26, "act"), (stored.Anchor.Start, stored.Anchor.End, stored.Anchor.Quote));
    }

    [Fact]
    public async Task Submissions_racing_with_eviction_are_each_committed_once_in_order()
    {
        // Evict as soon as a statement is unused, and try all the time, while three typists type.
        await using var rig = await EditorRig.OpenAsync(Path.Combine(folder.FullName, "codraft.db"), new EditingOptions { IdleEvictSeconds = 1e-6 });
        var id = await rig.CreateStatementAsync();
        using var stop = new CancellationTokenSource();
        var evictions = 0;
        var evicting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                evictions += await rig.Editor.EvictIdleAsync();
                await Task.Yield();
            }
        });

        var typists = Enumerable.Range(0, 3).Select(t => Task.Run(async () =>
        {
            var results = new List<CommitResult>();
            for (var seq = 0; seq < 60; seq++)
            {
                var (_, head) = await rig.Editor.ReadHeadAsync(id);
                results.Add(await rig.Editor.SubmitAsync(new Submission(id, head, $"typist-{t}", seq, new TextOp([OpComponent.Insert($"<{t}.{seq}>")]), $"typist-{t}")));
                // Pauses between keystrokes leave moments with nobody using the statement, when it is evicted.
                await Task.Delay(seq % 3);
            }
            return results;
        })).ToList();
        var all = (await Task.WhenAll(typists)).SelectMany(r => r).ToList();
        await stop.CancelAsync();
        await evicting;

        Assert.True(evictions > 0, "the statement was never evicted while the typists typed");
        Assert.Equal(Enumerable.Range(1, 180).Select(v => (long)v), all.Select(r => r.Version).Order());
        Assert.All(all, r => Assert.False(r.Duplicate));
        var (text, version) = await rig.Editor.ReadHeadAsync(id);
        Assert.Equal(180, version);
        for (var t = 0; t < 3; t++)
        {
            for (var seq = 0; seq < 60; seq++)
            {
                Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, System.Text.RegularExpressions.Regex.Escape($"<{t}.{seq}>")));
            }
        }
        Assert.Equal(text, await CoDraft.Core.Storage.VersionText.ReadAsync(rig.Store, rig.Store, id, 180, default));
    }
}
