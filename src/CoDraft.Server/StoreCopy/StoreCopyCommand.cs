using CoDraft.Core.Storage;
using CoDraft.StoreCopy;

namespace CoDraft.Server.StoreCopy;

/// <summary>
/// <c>store copy --from &lt;store&gt; --to &lt;store&gt;</c>: copies everything one store holds into another (SQLite to
/// MongoDB, or any other pair), keeping ids, versions and times, verifies the target by counts and SHA-256 hashes,
/// prints a summary and exits. Running it again copies only what is missing. See docs/storage.md.
/// </summary>
public static class StoreCopyCommand
{
    /// <summary>Exit code for success.</summary>
    public const int Succeeded = 0;

    /// <summary>Exit code when the copy was refused or failed, or the target did not verify.</summary>
    public const int Failed = 1;

    /// <summary>Exit code for a command line this command does not understand.</summary>
    public const int Usage = 2;

    private const string UsageText =
        "Usage: store copy --from <store> --to <store>, each store being sqlite:<path> or mongo:<connection string>; " +
        "store backup --to FILE [--from PATH]; store verify FILE.";

    /// <summary>True when the program was started to run this command rather than the server.</summary>
    public static bool Matches(string[] args) => args is ["store", ..];

    /// <summary>Runs the command; the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (args is ["store", "backup", .. var backup])
        {
            return await StoreBackupCommand.RunAsync(backup, output, error, cancellationToken);
        }
        if (args is ["store", "verify", .. var verify])
        {
            return await StoreVerifyCommand.RunAsync(verify, output, error, cancellationToken);
        }
        if (args is not ["store", "copy", .. var rest])
        {
            await error.WriteLineAsync(UsageText);
            return Usage;
        }
        if (!TryOptions(rest, out var from, out var to, out var problem))
        {
            await error.WriteLineAsync(problem);
            return Usage;
        }
        StoreLocation source, target;
        try
        {
            source = StoreLocation.Parse("--from", from, mustExist: true);
            target = StoreLocation.Parse("--to", to, mustExist: false);
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync(e.Message);
            await error.WriteLineAsync(UsageText);
            return Usage;
        }
        if (source.SqlitePath is not null && source.SqlitePath == target.SqlitePath)
        {
            await error.WriteLineAsync("--from and --to name the same SQLite file.");
            return Usage;
        }

        await output.WriteLineAsync($"Copying from {source.Description}");
        await output.WriteLineAsync($"          to {target.Description}");
        var stage = "opening the source";
        IDraftStore? sourceStore = null, targetStore = null;
        try
        {
            sourceStore = source.Open();
            await sourceStore.InitializeAsync(cancellationToken);
            stage = "opening the target";
            targetStore = target.Open();
            await targetStore.InitializeAsync(cancellationToken);
            stage = "copying";
            var verified = await new StoreCopier(StoreKinds.All, output).CopyAsync(sourceStore, targetStore, cancellationToken);
            return verified ? Succeeded : Failed;
        }
        catch (Exception e) when (e is StoreException or TimeoutException or InvalidOperationException or NotSupportedException or IOException
                                      or Microsoft.Data.Sqlite.SqliteException or MongoDB.Driver.MongoException)
        {
            await error.WriteLineAsync($"Failed while {stage}: {e.Message}");
            if (stage == "copying")
            {
                await error.WriteLineAsync("The target may hold part of the copy; run the command again to complete it (what it holds already is skipped).");
            }
            return Failed;
        }
        finally
        {
            (sourceStore as IDisposable)?.Dispose();
            (targetStore as IDisposable)?.Dispose();
        }
    }

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
                case "--from":
                    from = value;
                    break;
                case "--to":
                    to = value;
                    break;
                default:
                    problem = $"Unknown argument '{name}'. {UsageText}";
                    return false;
            }
        }
        return true;
    }
}
