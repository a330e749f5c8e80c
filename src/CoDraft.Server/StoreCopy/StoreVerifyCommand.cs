using CoDraft.StoreCopy;
using CoDraft.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CoDraft.Server.StoreCopy;

/// <summary>
/// <c>store verify FILE</c>: checks a SQLite store (a backup, typically), opened as the server opens it: SQLite's own
/// <c>PRAGMA integrity_check</c>, then every statement (<see cref="StatementIntegrity"/>: op log, head text hash,
/// revisions, audit chain). Exits 0 only when all of it holds. See docs/storage.md, "Backups".
/// </summary>
public static class StoreVerifyCommand
{
    private const string UsageText = "Usage: store verify FILE (a SQLite store, e.g. a backup made with store backup).";

    /// <summary>Runs the command (<paramref name="args"/> after <c>store verify</c>); the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (args is not [var file] || file.StartsWith("--", StringComparison.Ordinal))
        {
            await error.WriteLineAsync(UsageText);
            return StoreCopyCommand.Usage;
        }
        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"There is no file at {path}.");
            return StoreCopyCommand.Usage;
        }
        try
        {
            return await VerifyAsync(path, output, cancellationToken) ? StoreCopyCommand.Succeeded : StoreCopyCommand.Failed;
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException or IOException)
        {
            await error.WriteLineAsync($"Could not read {path} as a CoDraft store: {e.Message}");
            return StoreCopyCommand.Failed;
        }
    }

    /// <summary>Verifies the SQLite store at <paramref name="path"/> and prints what it found; true when everything holds.</summary>
    public static async Task<bool> VerifyAsync(string path, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"Verifying sqlite:{path}");
        var integrity = IntegrityCheck(path);
        await output.WriteLineAsync($"  SQLite integrity_check: {integrity}");
        var verified = integrity == "ok";
        await using var store = new SqliteDraftStore(new SqliteStoreOptions { Path = path });
        await store.InitializeAsync(cancellationToken);
        var statements = await store.ListStatementsAsync(cancellationToken);
        await output.WriteLineAsync($"Statements ({statements.Count}; head version, ops, SHA-256 of the text at the head, audit entries):");
        foreach (var statement in statements)
        {
            var check = await StatementIntegrity.CheckAsync(store, statement, cancellationToken);
            verified &= check.IsIntact;
            await output.WriteLineAsync(
                $"  {check.StatementId} v{check.HeadVersion} {check.OpCount} ops {check.TextSha256[..16]} audit {check.AuditEntries}  " +
                (check.IsIntact ? "ok" : "FAILED: " + string.Join("; ", check.Problems)));
        }
        await output.WriteLineAsync(verified
            ? "Verified: the file is intact, every statement's text rebuilds to its hash and every audit chain holds."
            : "Verification FAILED: see above.");
        return verified;
    }

    private static string IntegrityCheck(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }
        return string.Join("; ", lines);
    }
}
