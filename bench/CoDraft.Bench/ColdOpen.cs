using System.Diagnostics;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Server.Editing;
using CoDraft.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoDraft.Bench;

/// <summary>
/// Opening a statement whose op log holds a whole editing trace (automerge-paper: 259,778 ops), as the first
/// <c>Join</c> after a server start does: a fresh store instance and editor, <see cref="DraftEditor.ReadHeadAsync"/>
/// (the statement row, the newest snapshot, the ops after it replayed onto it). The store is built once, with a
/// snapshot every <see cref="EditingOptions.SnapshotEvery"/> ops as the editor stores them, and kept under
/// bench/out/. Baseline: reading the newest snapshot row with a bare SQLite query, in the same conditions.
/// <para>
/// Measured twice: cold, in a new process per open, and warm, a fresh store instance per open in this process. A
/// cold child times from after the store's schema check, which a server does on starting (runtime start-up is not
/// counted; the file is in the OS cache). Beside it, the cold open of a statement of one op gives the process's
/// first-use cost of the code involved (JIT, SQLite), which does not depend on the log's length.
/// </para>
/// </summary>
internal static class ColdOpen
{
    private const int ColdRuns = 5;
    private const int WarmRuns = 20;
    private static readonly Guid StatementId = Guid.Parse("6f0c0de0-0000-4000-8000-000000000001");
    private static readonly Guid OneOpStatementId = Guid.Parse("6f0c0de0-0000-4000-8000-000000000002");

    public static async Task<int> RunAsync(string trace)
    {
        var tracePath = Path.Combine(RepoPaths.Root(), "..", "shared", "data", "editing-traces", trace + ".json.gz");
        if (!File.Exists(tracePath))
        {
            Console.WriteLine($"Trace file not found: {Path.GetFullPath(tracePath)}; nothing to open.");
            return 0;
        }
        var snapshotEvery = new EditingOptions().SnapshotEvery;
        var database = Path.Combine(RepoPaths.Root(), "bench", "out", $"cold-open-{trace}-every{snapshotEvery}-v2.db");
        var ops = await EnsureStoreAsync(tracePath, database, snapshotEvery);

        var coldEditor = new List<double>();
        var coldOneOp = new List<double>();
        var coldRaw = new List<double>();
        for (var i = 0; i < ColdRuns; i++)
        {
            coldEditor.Add(Child("editor", database));
            coldOneOp.Add(Child("editor-one-op", database));
            coldRaw.Add(Child("raw", database));
        }
        var warmEditor = new List<double>();
        var warmRaw = new List<double>();
        for (var i = 0; i < WarmRuns; i++)
        {
            warmEditor.Add(await OpenWithEditorAsync(database, StatementId));
            warmRaw.Add(ReadSnapshotRow(database));
        }
        var (ce, co, cr, we, wr) = (Median(coldEditor), Median(coldOneOp), Median(coldRaw), Median(warmEditor), Median(warmRaw));
        Console.WriteLine($"{trace}: {ops} ops in the log, a snapshot every {snapshotEvery}; medians of {ColdRuns} cold and {WarmRuns} warm opens");
        Console.WriteLine($"cold (new process): open {ce:F1} ms; a one-op statement {co:F1} ms; raw snapshot row {cr:F1} ms");
        Console.WriteLine($"warm (new store):   open {we:F1} ms; raw snapshot row {wr:F1} ms");
        Console.WriteLine($"cold-open {trace} {ops} cold={ce:F1} cold_one_op={co:F1} cold_raw={cr:F1} warm={we:F1} warm_raw={wr:F1} {we / wr:F1}");
        return 0;
    }

    /// <summary>The child process's side: one open, its time in ms on stdout.</summary>
    public static async Task<int> ChildAsync(string what, string database)
    {
        var ms = what switch
        {
            "editor" => await OpenWithEditorAsync(database, StatementId),
            "editor-one-op" => await OpenWithEditorAsync(database, OneOpStatementId),
            _ => ReadSnapshotRow(database),
        };
        Console.WriteLine(ms.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    }

    private static async Task<double> OpenWithEditorAsync(string database, Guid statementId)
    {
        // Opening the store (schema check) is the server's start, not the statement's open.
        await using var store = new SqliteDraftStore(new SqliteStoreOptions { Path = database });
        await store.InitializeAsync();
        var editor = new DraftEditor(store, store, store, store, new RevisionRecorder(store, store, store, TimeProvider.System), Options.Create(new EditingOptions()), [],
            TimeProvider.System, NullLogger<DraftEditor>.Instance);
        var watch = Stopwatch.StartNew();
        var (text, _) = await editor.ReadHeadAsync(statementId);
        var ms = watch.Elapsed.TotalMilliseconds;
        GC.KeepAlive(text);
        SqliteConnection.ClearAllPools();
        return ms;
    }

    private static double ReadSnapshotRow(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        var watch = Stopwatch.StartNew();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM snapshots WHERE statement_id = $s ORDER BY version DESC LIMIT 1;";
        command.Parameters.AddWithValue("$s", StatementId.ToString("D"));
        var text = (string)command.ExecuteScalar()!;
        var ms = watch.Elapsed.TotalMilliseconds;
        GC.KeepAlive(text);
        connection.Close();
        SqliteConnection.ClearAllPools();
        return ms;
    }

    private static double Child(string what, string database)
    {
        var self = typeof(ColdOpen).Assembly.Location;
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(self);
        }
        foreach (var a in new[] { "cold-open-child", what, database })
        {
            start.ArgumentList.Add(a);
        }
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return double.Parse(output.Trim().Split('\n')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Builds the store unless a complete one is there; returns the number of ops in its log.</summary>
    private static async Task<int> EnsureStoreAsync(string tracePath, string database, int snapshotEvery)
    {
        var trace = EditingTrace.Load(tracePath);
        if (File.Exists(database))
        {
            return trace.Ops.Count;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        var building = database + ".building";
        File.Delete(building);
        var watch = Stopwatch.StartNew();
        await using (var store = new SqliteDraftStore(new SqliteStoreOptions { Path = building }))
        {
            await store.InitializeAsync();
            var now = DateTimeOffset.UtcNow;
            await store.CreateStatementAsync(new StatementRecord(StatementId, "automerge-paper", 0, "bench", now, now));
            await store.CreateStatementAsync(new StatementRecord(OneOpStatementId, "one op", 0, "bench", now, now));
            await store.AppendAsync([new CommittedOp(OneOpStatementId, 1, new TextOp([OpComponent.Insert("Hello")]), "one", 1, "bench", now)]);
            var text = new LiveText(trace.StartContent);
            var group = new List<CommittedOp>();
            for (var i = 0; i < trace.Ops.Count; i++)
            {
                var version = i + 1L;
                var op = text.Resolve(trace.Ops[i]);
                text.Apply(op);
                group.Add(new CommittedOp(StatementId, version, op, "trace", version, "bench", now));
                if (version % snapshotEvery == 0 || i == trace.Ops.Count - 1)
                {
                    await store.AppendAsync(group);
                    group.Clear();
                    if (version % snapshotEvery == 0)
                    {
                        await store.SaveSnapshotAsync(new TextSnapshot(StatementId, version, text.ToString()));
                    }
                }
            }
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            File.Delete(building + suffix);
        }
        File.Move(building, database);
        Console.WriteLine($"built {database} in {watch.Elapsed.TotalSeconds:F0} s");
        return trace.Ops.Count;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
