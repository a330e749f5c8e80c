using CoDraft.Server.Deployment;
using Microsoft.Data.Sqlite;

namespace CoDraft.Server.StoreCopy;

/// <summary>
/// <c>store backup --to FILE [--from PATH]</c>: a consistent copy of the embedded SQLite store, taken with SQLite's
/// online backup while the server keeps running and writing, then verified like <see cref="StoreVerifyCommand"/>.
/// The store is the one the server uses (<c>Storage:SqlitePath</c> from appsettings.json or the environment) unless
/// <c>--from</c> names another. MongoDB is backed up with <c>mongodump</c> (docs/storage.md).
/// </summary>
public static class StoreBackupCommand
{
    private const string UsageText = "Usage: store backup --to FILE [--from PATH], PATH being the SQLite store (default: Storage:SqlitePath).";

    /// <summary>Runs the command (<paramref name="args"/> after <c>store backup</c>); the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (!TryOptions(args, out var from, out var to, out var problem))
        {
            await error.WriteLineAsync(problem);
            return StoreCopyCommand.Usage;
        }
        var configured = Configured();
        if (from is null && string.Equals(configured.Provider, "Mongo", StringComparison.OrdinalIgnoreCase))
        {
            await error.WriteLineAsync("This server's store is MongoDB (Storage:Provider=Mongo): back it up with mongodump (docs/storage.md, \"Backups\").");
            return StoreCopyCommand.Usage;
        }
        var source = Path.GetFullPath(from ?? configured.SqlitePath);
        var target = Path.GetFullPath(to!);
        if (!File.Exists(source))
        {
            await error.WriteLineAsync($"There is no SQLite store at {source}.");
            return StoreCopyCommand.Usage;
        }
        if (File.Exists(target) || source == target)
        {
            await error.WriteLineAsync($"{target} exists already; back up to a new file (nothing was written).");
            return StoreCopyCommand.Failed;
        }
        await output.WriteLineAsync($"Backing up sqlite:{source}");
        await output.WriteLineAsync($"        to {target}");
        // Written under another name first, so that an interrupted backup never passes for a whole one.
        var partial = target + ".partial";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            Backup(source, partial);
            File.Move(partial, target);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            await error.WriteLineAsync($"The backup failed: {e.Message}");
            return StoreCopyCommand.Failed;
        }
        SqliteConnection.ClearAllPools();
        await output.WriteLineAsync($"Copied {new FileInfo(target).Length} bytes.");
        await output.WriteLineAsync();
        return await StoreVerifyCommand.VerifyAsync(target, output, cancellationToken) ? StoreCopyCommand.Succeeded : StoreCopyCommand.Failed;
    }

    /// <summary>SQLite's online backup: copies every page as of one moment, readers and the server's writer carrying on.</summary>
    private static void Backup(string source, string target)
    {
        using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 30 }.ToString());
        using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        from.Open();
        to.Open();
        from.BackupDatabase(to);
    }

    /// <summary>The store settings the server would read: appsettings.json beside the program, then the environment.</summary>
    private static StorageOptions Configured() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build()
            .GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();

    private static bool TryOptions(string[] args, out string? from, out string? to, out string? problem)
    {
        from = to = problem = null;
        for (var i = 0; i < args.Length; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] && n.StartsWith("--", StringComparison.Ordinal)
                ? (n, (string?)v)
                : (args[i], i + 1 < args.Length ? args[++i] : null);
            switch (name)
            {
                case "--from" when !string.IsNullOrWhiteSpace(value):
                    from = value.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? value["sqlite:".Length..] : value;
                    break;
                case "--to" when !string.IsNullOrWhiteSpace(value):
                    to = value;
                    break;
                default:
                    problem = $"Unknown or incomplete argument '{name}'. {UsageText}";
                    return false;
            }
        }
        problem = to is null ? $"--to is missing. {UsageText}" : null;
        return to is not null;
    }
}
