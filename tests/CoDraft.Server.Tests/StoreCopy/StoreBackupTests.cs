using System.Net.Http.Json;
using CoDraft.Core.Storage;
using CoDraft.Server.StoreCopy;
using CoDraft.Server.Tests.Deployment;
using CoDraft.Server.Tests.Infrastructure;
using CoDraft.Server.Tests.ScaleOut;
using CoDraft.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CoDraft.Server.Tests.StoreCopy;

/// <summary><c>store backup</c> and <c>store verify</c> on real files, the backup taken while a real server takes live edits.</summary>
public sealed class StoreBackupTests
{
    [Fact]
    public async Task A_backup_taken_during_live_typing_restores_with_every_op_acknowledged_before_it()
    {
        await using var node = await SeededNode.StartAsync();
        var typist = new Typist(await node.HubAsync(), node.StatementId);
        await typist.JoinAsync();
        using var typing = new CancellationTokenSource();
        var typed = Task.Run(async () =>
        {
            while (!typing.IsCancellationRequested)
            {
                await typist.TypeAsync();
            }
        });
        while (typist.Version < 30)
        {
            await Task.Delay(20);
        }
        var backup = Path.Combine(node.Folder, "backups", "codraft-backup.db");
        var acknowledgedBefore = typist.Version;
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await StoreCopyCommand.RunAsync(["store", "backup", "--from", node.Database, "--to", backup], output, error);
        var acknowledgedAfter = typist.Version;
        typing.Cancel();
        await typed;

        Assert.True(exit == 0, $"{output}\n{error}");
        Assert.True(acknowledgedAfter > acknowledgedBefore, "typing went on while the backup ran");
        Assert.Contains("Verified:", output.ToString());
        await using var restored = await SeededNode.StartOnAsync(backup);
        using var http = SeededNode.Http(restored, node.Token);
        var statement = await (await http.GetAsync($"/api/statements/{node.StatementId}")).ReadJsonAsync();
        var version = statement.GetProperty("version").GetInt64();
        Assert.InRange(version, acknowledgedBefore, typist.Version);
        // Each acknowledged op appended its own word: the restored text is exactly the text acknowledged at that version.
        Assert.Equal(typist.Acknowledged[version], statement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Verify_finds_an_altered_audit_entry_and_a_snapshot_that_no_longer_matches_its_ops()
    {
        var folder = Directory.CreateTempSubdirectory("codraft-verify-").FullName;
        var file = Path.Combine(folder, "codraft.db");
        try
        {
            var (_, statementId) = await Cluster.SeedAsync(file);
            await using (var store = new SqliteDraftStore(new SqliteStoreOptions { Path = file }))
            {
                await store.InitializeAsync();
                await store.AppendAuditAsync(statementId, DateTimeOffset.UtcNow, "lead", "statement.created", "{}");
                await store.AppendAuditAsync(statementId, DateTimeOffset.UtcNow, "lead", "round.opened", "{}");
                await store.SaveSnapshotAsync(new TextSnapshot(statementId, 1, Cluster.InitialText));
            }
            SqliteConnection.ClearAllPools();
            var intact = await VerifyAsync(file);

            Execute(file, "UPDATE audit_entries SET details = '{\"forged\":true}' WHERE sequence = 1");
            Execute(file, "UPDATE snapshots SET text = 'Something else.' WHERE version = 1");
            var altered = await VerifyAsync(file);

            Assert.Equal(0, intact.Exit);
            Assert.Contains("integrity_check: ok", intact.Output);
            Assert.Equal(1, altered.Exit);
            Assert.Contains("audit chain broken: Entry 1 was altered after it was written.", altered.Output);
            Assert.Contains("the text rebuilt from its snapshot differs", altered.Output);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_backup_never_overwrites_an_existing_file()
    {
        var folder = Directory.CreateTempSubdirectory("codraft-backup-").FullName;
        try
        {
            var file = Path.Combine(folder, "codraft.db");
            await Cluster.SeedAsync(file);
            var existing = Path.Combine(folder, "yesterday.db");
            await File.WriteAllTextAsync(existing, "yesterday's backup");
            var error = new StringWriter();

            var exit = await StoreCopyCommand.RunAsync(["store", "backup", "--from", file, "--to", existing], new StringWriter(), error);

            Assert.Equal(1, exit);
            Assert.Contains("exists already", error.ToString());
            Assert.Equal("yesterday's backup", await File.ReadAllTextAsync(existing));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Exit, string Output)> VerifyAsync(string file)
    {
        var output = new StringWriter();
        var exit = await StoreCopyCommand.RunAsync(["store", "verify", file], output, output);
        SqliteConnection.ClearAllPools();
        return (exit, output.ToString());
    }

    private static void Execute(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
