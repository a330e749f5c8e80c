using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoDraft.Server.Tests.Infrastructure;

/// <summary>
/// The real server in memory, on its own SQLite file in a temporary folder, with optional settings.
/// Dispose removes the folder unless <see cref="KeepData"/> is set (for restart tests).
/// </summary>
public sealed class CoDraftFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> settings;

    public CoDraftFactory(string? dataDirectory = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("codraft-test-").FullName;
        this.settings = settings ?? new Dictionary<string, string?>();
    }

    public string DataDirectory { get; }

    public bool KeepData { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", Path.Combine(DataDirectory, "codraft.db"));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepData)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing background task is removed with the temp folder later.
            }
        }
    }
}
