using CoDraft.Core.Storage;
using CoDraft.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Extensions;

/// <summary>Chooses the storage adapter named by Storage:Provider.</summary>
public static class StorageExtensions
{
    /// <summary>Registers the configured <see cref="IDraftStore"/>.</summary>
    public static IServiceCollection AddCoDraftStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"] ?? "Sqlite";
        if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IDraftStore>(sp =>
                new SqliteDraftStore(new SqliteStoreOptions { Path = sp.GetRequiredService<IOptions<StorageOptions>>().Value.SqlitePath }));
            return services;
        }
        throw new InvalidOperationException(
            $"Storage:Provider '{provider}' is not available in this build; use 'Sqlite'. (The MongoDB adapter is tracked in its own issue.)");
    }
}
