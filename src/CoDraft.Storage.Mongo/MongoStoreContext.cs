using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// The production store: MongoDB, shared by any number of server processes. One class per port
/// (<see cref="MongoOpLog"/>, <see cref="MongoReviewStore"/>…) works on the collections this holds. Unique indexes arbitrate between
/// writers, so no process needs to own a statement; docs/storage.md describes the collections and why an
/// append of one op needs no transaction. Call <see cref="InitializeAsync"/> once before anything else.
/// </summary>
public sealed partial class MongoStoreContext : IStoreSchema, IDisposable
{
    /// <summary>
    /// How long an operation waits for a reachable server: long enough to ride out a replica set election (a few
    /// seconds), short enough that a server started against a wrong or dead address says so promptly instead of
    /// after the driver's default 30 s. It overrides <c>serverSelectionTimeoutMS</c> in the connection string.
    /// </summary>
    public static readonly TimeSpan ServerSelectionTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// "Returns once they are durable": acknowledged by a majority of the replica set, each from its journal, so
    /// an acknowledged op survives a crash and a failover.
    /// </summary>
    internal static readonly WriteConcern Durable = WriteConcern.WMajority.With(journal: true);

    private int disposed;

    /// <summary>Creates a store on <paramref name="options"/>; the driver connects in the background.</summary>
    /// <exception cref="ArgumentException">The connection string is empty or not valid, or the database name is empty.</exception>
    public MongoStoreContext(MongoStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString, nameof(options));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabaseName, nameof(options));
        MongoUrl url;
        try
        {
            url = MongoUrl.Create(options.ConnectionString);
        }
        catch (MongoConfigurationException error)
        {
            // The driver's message already hides the credentials ("mongodb://<hidden>@…").
            throw new ArgumentException($"The MongoDB connection string is not valid: {error.Message}", nameof(options), error);
        }
        Hosts = string.Join(", ", url.Servers.Select(s => s.ToString()));
        DatabaseName = options.DatabaseName;
        var settings = MongoClientSettings.FromUrl(url);
        settings.ServerSelectionTimeout = ServerSelectionTimeout;
        settings.WriteConcern = Durable;
        Client = new MongoClient(settings);
        Database = Client.GetDatabase(DatabaseName);
        Statements = Database.GetCollection<BsonDocument>(StatementDocuments.Collection);
        Ops = Database.GetCollection<BsonDocument>(OpDocuments.Collection);
        Snapshots = Database.GetCollection<BsonDocument>(SnapshotDocuments.Collection);
        Revisions = Database.GetCollection<BsonDocument>(RevisionDocuments.Collection);
        People = Database.GetCollection<BsonDocument>(PersonDocuments.Collection);
        Organisations = Database.GetCollection<BsonDocument>(OrganisationDocuments.Collection);
        Memberships = Database.GetCollection<BsonDocument>(MembershipDocuments.Collection);
        AccessTokens = Database.GetCollection<BsonDocument>(AccessTokenDocuments.Collection);
        Invitations = Database.GetCollection<BsonDocument>(InvitationDocuments.Collection);
        AccessDocuments = Database.GetCollection<BsonDocument>(StatementAccessDocuments.Collection);
    }

    internal MongoClient Client { get; }

    internal IMongoDatabase Database { get; }

    internal IMongoCollection<BsonDocument> Statements { get; }

    internal IMongoCollection<BsonDocument> Ops { get; }

    internal IMongoCollection<BsonDocument> Snapshots { get; }

    internal IMongoCollection<BsonDocument> Revisions { get; }

    internal IMongoCollection<BsonDocument> People { get; }

    internal IMongoCollection<BsonDocument> Organisations { get; }

    internal IMongoCollection<BsonDocument> Memberships { get; }

    internal IMongoCollection<BsonDocument> AccessTokens { get; }

    internal IMongoCollection<BsonDocument> Invitations { get; }

    internal IMongoCollection<BsonDocument> AccessDocuments { get; }

    internal IMongoCollection<BsonDocument> Audit => Database.GetCollection<BsonDocument>(AuditDocuments.Collection);

    internal IMongoCollection<BsonDocument> Lifecycle => Database.GetCollection<BsonDocument>(LifecycleDocuments.Collection);

    internal IMongoCollection<BsonDocument> PublicSlugs => Database.GetCollection<BsonDocument>(PublicSlugDocuments.Collection);

    internal IMongoCollection<BsonDocument> SignOnRequests => Database.GetCollection<BsonDocument>(SignOnRequestDocuments.Collection);

    internal IMongoCollection<BsonDocument> Corrections => Database.GetCollection<BsonDocument>(CorrectionDocuments.Collection);

    internal IMongoCollection<BsonDocument> Reconfirmations => Database.GetCollection<BsonDocument>(ReconfirmationDocuments.Collection);

    internal IMongoCollection<BsonDocument> Publications => Database.GetCollection<BsonDocument>(PublicationDocuments.Collection);

    internal IMongoCollection<BsonDocument> Threads => Database.GetCollection<BsonDocument>(CommentThreadDocuments.Collection);

    internal IMongoCollection<BsonDocument> Suggestions => Database.GetCollection<BsonDocument>(SuggestionDocuments.Collection);

    internal IMongoCollection<BsonDocument> Rounds => Database.GetCollection<BsonDocument>(SignOffRoundDocuments.Collection);

    /// <summary>The hosts the connection string names (<c>host:port</c>, comma-separated), never its credentials.</summary>
    public string Hosts { get; }

    /// <summary>The database that holds CoDraft's collections.</summary>
    public string DatabaseName { get; }

    /// <inheritdoc />
    /// <exception cref="TimeoutException">No server answered within <see cref="ServerSelectionTimeout"/>; the message names the hosts.</exception>
    /// <exception cref="StoreException">The data was written by a newer CoDraft (<see cref="StoreException.SchemaTooNew"/>).</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        try
        {
            await MongoSchema.EnsureAsync(Database, cancellationToken);
        }
        catch (TimeoutException error)
        {
            throw new TimeoutException(
                $"No MongoDB server answered at {Hosts} within {ServerSelectionTimeout.TotalSeconds:0} s. " +
                "Check that it is running and reachable from here, and that the connection string names it.",
                error);
        }
    }

    /// <summary>Asks the server to answer a ping: the readiness probe, cheap and independent of the data.</summary>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        await Database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken);
    }

    /// <summary>Closes the store's Client. Safe to call more than once; later calls to the store fail.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            Client.Dispose();
        }
    }

    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) == 1, this);

    /// <summary>The statement's head version as its document records it, or null when there is no such statement.</summary>
    internal async Task<long?> FindHeadAsync(Guid statementId, CancellationToken cancellationToken)
    {
        var found = await Statements.Find(StatementDocuments.ById(statementId))
            .Project(StatementDocuments.HeadOnly)
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : BsonValues.ReadLong(found, StatementDocuments.HeadVersion);
    }

    internal static StoreException UnknownStatement(Guid statementId) =>
        new(StoreException.UnknownStatement, $"Statement {statementId} does not exist.");
}
