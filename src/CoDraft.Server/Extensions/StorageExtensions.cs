using CoDraft.Server.Deployment;
using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo;
using CoDraft.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Extensions;

/// <summary>
/// Chooses the storage adapter named by Storage:Provider and registers each of its ports on its own, so that every
/// service asks for the ports it uses. All ports of one store share one context singleton (the SQLite file with its
/// writer, or the MongoDB client and collections), which is also the <see cref="IStoreSchema"/> run at start.
/// </summary>
public static class StorageExtensions
{
    /// <summary>Registers the configured store's context, its <see cref="IStoreSchema"/> and each storage port.</summary>
    public static IServiceCollection AddCoDraftStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"] ?? "Sqlite";
        if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton(sp => new SqliteDatabase(new SqliteStoreOptions { Path = Options(sp).SqlitePath }));
            services.AddSingleton<IStoreSchema>(sp => sp.GetRequiredService<SqliteDatabase>());
            services.AddSingleton<IStatementStore, SqliteStatementStore>();
            services.AddSingleton<IOpLog, SqliteOpLog>();
            services.AddSingleton<ISnapshotStore, SqliteSnapshotStore>();
            services.AddSingleton<IRevisionStore, SqliteRevisionStore>();
            services.AddSingleton<IAccountStore, SqliteAccountStore>();
            services.AddSingleton<IStatementAccessStore, SqliteStatementAccessStore>();
            services.AddSingleton<ILifecycleStore, SqliteLifecycleStore>();
            services.AddSingleton<ISignOffStore, SqliteSignOffStore>();
            services.AddSingleton<IAuditLog, SqliteAuditLog>();
            services.AddSingleton<IPublicationStore, SqlitePublicationStore>();
            services.AddSingleton<IReviewStore, SqliteReviewStore>();
            services.AddSingleton<IPublicSlugStore, SqlitePublicSlugStore>();
            services.AddSingleton<ISignOnStore, SqliteSignOnStore>();
            services.AddSingleton<ICorrectionStore, SqliteCorrectionStore>();
            return services;
        }
        if (provider.Equals("Mongo", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton(sp => MongoContext(Options(sp)));
            services.AddSingleton<IStoreSchema>(sp => sp.GetRequiredService<MongoStoreContext>());
            services.AddSingleton<IStatementStore, MongoStatementStore>();
            services.AddSingleton<IOpLog, MongoOpLog>();
            services.AddSingleton<ISnapshotStore, MongoSnapshotStore>();
            services.AddSingleton<IRevisionStore, MongoRevisionStore>();
            services.AddSingleton<IAccountStore, MongoAccountStore>();
            services.AddSingleton<IStatementAccessStore, MongoStatementAccessStore>();
            services.AddSingleton<ILifecycleStore, MongoLifecycleStore>();
            services.AddSingleton<ISignOffStore, MongoSignOffStore>();
            services.AddSingleton<IAuditLog, MongoAuditLog>();
            services.AddSingleton<IPublicationStore, MongoPublicationStore>();
            services.AddSingleton<IReviewStore, MongoReviewStore>();
            services.AddSingleton<IPublicSlugStore, MongoPublicSlugStore>();
            services.AddSingleton<ISignOnStore, MongoSignOnStore>();
            services.AddSingleton<ICorrectionStore, MongoCorrectionStore>();
            return services;
        }
        throw new InvalidOperationException($"Storage:Provider '{provider}' is not known; use 'Sqlite' or 'Mongo'.");
    }

    private static StorageOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value;

    private static MongoStoreContext MongoContext(StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.MongoConnectionString))
        {
            throw new InvalidOperationException("Storage:Provider is 'Mongo', so Storage:MongoConnectionString must be set.");
        }
        return new MongoStoreContext(new MongoStoreOptions
        {
            ConnectionString = options.MongoConnectionString,
            DatabaseName = options.MongoDatabase,
        });
    }
}
