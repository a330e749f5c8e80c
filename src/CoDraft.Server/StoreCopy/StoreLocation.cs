using CoDraft.StoreCopy;
using CoDraft.Storage.Mongo;
using CoDraft.Storage.Sqlite;
using MongoDB.Driver;

namespace CoDraft.Server.StoreCopy;

/// <summary>
/// A store named on the command line: <c>sqlite:&lt;path&gt;</c> or <c>mongo:&lt;connection string&gt;</c> (the
/// database is the connection string's path, <c>codraft</c> when it has none). <see cref="Description"/> never holds
/// the connection string's credentials.
/// </summary>
internal sealed class StoreLocation
{
    private StoreLocation(string description, string? sqlitePath, Func<IDraftStore> open)
    {
        Description = description;
        SqlitePath = sqlitePath;
        Open = open;
    }

    /// <summary>What to show people: the SQLite path, or the MongoDB hosts and database.</summary>
    public string Description { get; }

    /// <summary>The full path of a SQLite store, or null.</summary>
    public string? SqlitePath { get; }

    /// <summary>Creates the store (not yet initialised).</summary>
    public Func<IDraftStore> Open { get; }

    /// <summary>Parses <paramref name="value"/>, given as option <paramref name="option"/>.</summary>
    /// <exception cref="ArgumentException">The value names no store this command can open; the message says why.</exception>
    public static StoreLocation Parse(string option, string? value, bool mustExist)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{option} is missing: give sqlite:<path> or mongo:<connection string>.");
        }
        if (value.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = value["sqlite:".Length..];
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new ArgumentException($"{option} sqlite: needs a file path, e.g. sqlite:data/codraft.db.");
            }
            var full = Path.GetFullPath(path);
            if (mustExist && !File.Exists(full))
            {
                throw new ArgumentException($"{option}: there is no SQLite file at {full}.");
            }
            return new StoreLocation($"sqlite:{full}", full, () => new SqliteDraftStore(new SqliteStoreOptions { Path = full }));
        }
        if (value.StartsWith("mongo:", StringComparison.OrdinalIgnoreCase))
        {
            var connection = value["mongo:".Length..];
            MongoDraftStore store;
            try
            {
                var url = MongoUrl.Create(connection);
                store = new MongoDraftStore(new MongoStoreOptions
                {
                    ConnectionString = connection,
                    DatabaseName = string.IsNullOrEmpty(url.DatabaseName) ? MongoStoreOptions.DefaultDatabaseName : url.DatabaseName,
                });
            }
            catch (Exception error) when (error is MongoConfigurationException or ArgumentException)
            {
                // The driver's messages hide credentials ("mongodb://<hidden>@…"); never echo the value itself.
                throw new ArgumentException($"{option} mongo: the connection string is not valid: {error.Message}");
            }
            return new StoreLocation($"mongo: {store.Hosts}, database {store.DatabaseName}", null, () => store);
        }
        var scheme = value.Contains(':', StringComparison.Ordinal) ? value[..value.IndexOf(':', StringComparison.Ordinal)] : value;
        throw new ArgumentException($"{option} must start with sqlite: or mongo: (got '{(scheme.Length > 20 ? scheme[..20] + "…" : scheme)}').");
    }
}
