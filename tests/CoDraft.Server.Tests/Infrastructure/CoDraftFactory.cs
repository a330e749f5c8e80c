using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoDraft.Server.Tests.Infrastructure;

/// <summary>
/// The real server in memory, on its own SQLite file in a temporary folder, with optional settings. Its clients
/// speak https (as browsers must for the Secure session cookie). Dispose removes the folder unless
/// <see cref="KeepData"/> is set (for restart tests). With <see cref="CaptureLogs"/>, every log message of every
/// category and level is kept in <see cref="Logs"/>.
/// </summary>
public sealed class CoDraftFactory : WebApplicationFactory<Program>
{
    /// <summary>PBKDF2 rounds in tests: hashing strength is not under test here, and the default costs ~50 ms a hash.</summary>
    private const int TestHashIterations = 1_000;

    private readonly IReadOnlyDictionary<string, string?> settings;

    public CoDraftFactory(string? dataDirectory = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("codraft-test-").FullName;
        this.settings = settings ?? new Dictionary<string, string?>();
        ClientOptions.BaseAddress = new Uri("https://localhost");
        Accounts = new TestAccounts(this);
    }

    public string DataDirectory { get; }

    public bool KeepData { get; set; }

    public bool CaptureLogs { get; init; }

    /// <summary>Changes to the server's services after its own (e.g. a store that writes slowly), applied last.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public LogCapture Logs { get; } = new();

    /// <summary>The server's clock; tests move it forward to make tokens and invitations expire.</summary>
    public AdjustableClock Clock { get; } = new();

    /// <summary>Creates administrators, organisations and people through the real APIs.</summary>
    public TestAccounts Accounts { get; }

    /// <summary>A client that keeps no cookies: anonymous until given a bearer token or a cookie header.</summary>
    public HttpClient CreateAnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, BaseAddress = ClientOptions.BaseAddress });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production settings (Secure __Host- cookies), not the plain-http conveniences of appsettings.Development.json.
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:SqlitePath", Path.Combine(DataDirectory, "codraft.db"));
        if (CaptureLogs)
        {
            builder.UseSetting("Logging:LogLevel:Default", "Trace");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
        // Every test client comes from the same address; tests of the per-address limit set it themselves.
        builder.UseSetting("Auth:SignInPerIpPerMinute", "10000");
        builder.UseSetting("Publication:SignOnsPerAddressPerHour", "10000");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestHashIterations);
            services.AddSingleton<TimeProvider>(Clock);
            ConfigureServices?.Invoke(services);
        });
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
