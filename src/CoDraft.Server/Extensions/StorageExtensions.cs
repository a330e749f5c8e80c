using CoDraft.Server.Deployment;
using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo;
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
                new SqliteDraftStore(new SqliteStoreOptions { Path = Options(sp).SqlitePath }));
            return services;
        }
        if (provider.Equals("Mongo", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IDraftStore>(sp => MongoStore(Options(sp)));
            return services;
        }
        throw new InvalidOperationException($"Storage:Provider '{provider}' is not known; use 'Sqlite' or 'Mongo'.");
    }

    private static StorageOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value;

    private static MongoDraftStore MongoStore(StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.MongoConnectionString))
        {
            throw new InvalidOperationException("Storage:Provider is 'Mongo', so Storage:MongoConnectionString must be set.");
        }
        return new MongoDraftStore(new MongoStoreOptions
        {
            ConnectionString = options.MongoConnectionString,
            DatabaseName = options.MongoDatabase,
        });
    }
}
