using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Server.Editing;

namespace CoDraft.Server.Tests.Editing;

public sealed class GroupCommitTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("codraft-editor-");
    private string DbPath => Path.Combine(folder.FullName, "codraft.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    private static Submission Typing(Guid id, string client, long seq, string token) =>
        new(id, 0, client, seq, new TextOp([OpComponent.Insert(token)]), client);

    [Fact]
    public async Task Many_concurrent_submissions_are_all_committed_once_with_fewer_durable_writes()
    {
        await using var rig = await EditorRig.OpenAsync(DbPath);
        var id = await rig.CreateStatementAsync();
        var tokens = Enumerable.Range(0, 400).Select(i => $"<{i}>").ToList();

        var results = await Task.WhenAll(tokens.Select((t, i) => Task.Run(() => rig.Editor.SubmitAsync(Typing(id, $"client-{i % 20}", i / 20, t)))));

        Assert.Equal(Enumerable.Range(1, 400).Select(v => (long)v), results.Select(r => r.Version).Order());
        var (text, version) = await rig.Editor.ReadHeadAsync(id);
        Assert.Equal(400, version);
        Assert.All(tokens, t => Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, System.Text.RegularExpressions.Regex.Escape(t))));
        Assert.Equal(text, await VersionText.ReadAsync(rig.Store, rig.Store, id, 400, default));
        Assert.True(rig.Store.Appends < 400, $"{rig.Store.Appends} durable writes for 400 ops: nothing was grouped");
    }

    [Fact]
    public async Task A_bad_submission_in_a_group_is_refused_alone()
    {
        await using var rig = await EditorRig.OpenAsync(DbPath);
        var id = await rig.CreateStatementAsync();

        var good = Enumerable.Range(0, 50).Select(i => rig.Editor.SubmitAsync(Typing(id, "good", i, "a")));
        var bad = rig.Editor.SubmitAsync(new Submission(id, 0, "bad", 0, new TextOp([OpComponent.Retain(5000), OpComponent.Insert("x")]), "bad"));
        var results = await Task.WhenAll(good);

        var error = await Assert.ThrowsAsync<InvalidOpException>(() => bad);
        Assert.Equal(InvalidOpException.OutOfRange, error.Code);
        Assert.Equal(50, results.Max(r => r.Version));
        Assert.Equal(new string('a', 50), (await rig.Editor.ReadHeadAsync(id)).Text);
    }

    [Fact]
    public async Task A_resend_in_the_same_group_is_answered_with_the_first_version()
    {
        await using var rig = await EditorRig.OpenAsync(DbPath);
        var id = await rig.CreateStatementAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => rig.Editor.SubmitAsync(Typing(id, "same", 7, "once"))));

        Assert.Single(results, r => !r.Duplicate);
        Assert.All(results, r => Assert.Equal(1, r.Version));
        Assert.Equal("once", (await rig.Editor.ReadHeadAsync(id)).Text);
    }

    [Fact]
    public async Task Two_processes_on_one_store_lose_no_edit_and_end_with_the_same_text()
    {
        await using var first = await EditorRig.OpenAsync(DbPath);
        await using var second = await EditorRig.OpenAsync(DbPath);
        var id = await first.CreateStatementAsync();

        var work = Enumerable.Range(0, 200).Select(i =>
        {
            var rig = i % 2 == 0 ? first : second;
            return Task.Run(() => rig.Editor.SubmitAsync(Typing(id, $"p{i % 2}-c{i % 10}", i, $"[{i}]")));
        });
        await Task.WhenAll(work);

        var (a, va) = await first.Editor.ReadHeadAsync(id);
        var (b, vb) = await second.Editor.ReadHeadAsync(id);
        Assert.Equal(200, va);
        Assert.Equal(va, vb);
        Assert.Equal(a, b);
        Assert.All(Enumerable.Range(0, 200), i => Assert.Contains($"[{i}]", a));
        Assert.Equal(a, await VersionText.ReadAsync(first.Store, first.Store, id, 200, default));
    }

    [Fact]
    public async Task Snapshots_taken_during_groups_hold_the_text_of_their_version()
    {
        await using var rig = await EditorRig.OpenAsync(DbPath, new EditingOptions { SnapshotEvery = 7 });
        var id = await rig.CreateStatementAsync();

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() => rig.Editor.SubmitAsync(Typing(id, $"c{i % 5}", i, $"{i},")))));

        var snapshot = await rig.Store.FindSnapshotAsync(id, 100);
        Assert.NotNull(snapshot);
        var ops = await rig.Store.ReadOpsAsync(id, 0, snapshot.Version);
        Assert.Equal(ops.Aggregate(string.Empty, (text, op) => TextType.Apply(text, op.Op)), snapshot.Text);
    }
}
