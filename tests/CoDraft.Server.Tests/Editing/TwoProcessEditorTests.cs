using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Server.Editing;

namespace CoDraft.Server.Tests.Editing;

/// <summary>Two editors on one SQLite file, as two server processes have them, each with its own cached head.</summary>
public sealed class TwoProcessEditorTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("codraft-two-editors-");
    private string DbPath => Path.Combine(folder.FullName, "codraft.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_cursor_at_a_version_only_the_other_process_has_seen_is_moved_not_refused()
    {
        await using var first = await EditorRig.OpenAsync(DbPath);
        await using var second = await EditorRig.OpenAsync(DbPath);
        var id = await first.CreateStatementAsync();
        await second.Editor.ReadHeadAsync(id);
        await first.Editor.SubmitAsync(new Submission(id, 0, "a", 1, new TextOp([OpComponent.Insert("Dear partners,")]), "a"));
        var committed = await first.Editor.SubmitAsync(new Submission(id, 1, "a", 2, new TextOp([OpComponent.Insert("> ")]), "a"));

        // A client of the second process learnt version 2 through the backplane before that process read it.
        var (moved, version) = await second.Editor.TransformSelectionToHeadAsync(id, committed.Version, new Core.Text.Selection(4, 4));

        Assert.Equal(2, version);
        Assert.Equal(new Core.Text.Selection(4, 4), moved);
    }

    [Fact]
    public async Task Two_processes_recording_the_same_automatic_revision_store_it_once()
    {
        await using var first = await EditorRig.OpenAsync(DbPath);
        await using var second = await EditorRig.OpenAsync(DbPath);
        var id = await first.CreateStatementAsync();
        await first.Editor.SubmitAsync(new Submission(id, 0, "a", 1, new TextOp([OpComponent.Insert("Dear partners,")]), "a"));
        var one = new RevisionRecorder(first.Store, first.Store, first.Store, TimeProvider.System);
        var other = new RevisionRecorder(second.Store, second.Store, second.Store, TimeProvider.System);

        var recorded = await Task.WhenAll(one.RecordAutomaticAsync(id, 1), other.RecordAutomaticAsync(id, 1));

        var stored = Assert.Single(await first.Store.ListRevisionsAsync(id));
        Assert.Equal(RevisionKind.Auto, stored.Kind);
        Assert.All(recorded, r => Assert.Equal((stored.Id, stored.Version, stored.Sha256), (r.Id, r.Version, r.Sha256)));
        Assert.NotEqual(RevisionRecorder.AutomaticRevisionId(id, 1), RevisionRecorder.AutomaticRevisionId(id, 2));
    }
}
