using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// The production store: MongoDB, shared by any number of server processes. Unique indexes arbitrate between
/// writers, so no process needs to own a statement; docs/storage.md describes the collections and why an
/// append of one op needs no transaction. Call <see cref="InitializeAsync"/> once before anything else.
/// </summary>
public sealed partial class MongoDraftStore : IDraftStore, IDisposable
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
    private static readonly WriteConcern Durable = WriteConcern.WMajority.With(journal: true);

    private readonly MongoClient client;
    private readonly IMongoDatabase database;
    private readonly IMongoCollection<BsonDocument> statements;
    private readonly IMongoCollection<BsonDocument> opLog;
    private readonly IMongoCollection<BsonDocument> snapshots;
    private readonly IMongoCollection<BsonDocument> revisions;
    private readonly IMongoCollection<BsonDocument> people;
    private readonly IMongoCollection<BsonDocument> organisations;
    private readonly IMongoCollection<BsonDocument> memberships;
    private readonly IMongoCollection<BsonDocument> accessTokens;
    private readonly IMongoCollection<BsonDocument> invitations;
    private readonly IMongoCollection<BsonDocument> statementAccess;
    private int disposed;

    /// <summary>Creates a store on <paramref name="options"/>; the driver connects in the background.</summary>
    /// <exception cref="ArgumentException">The connection string is empty or not valid, or the database name is empty.</exception>
    public MongoDraftStore(MongoStoreOptions options)
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
        client = new MongoClient(settings);
        database = client.GetDatabase(DatabaseName);
        statements = database.GetCollection<BsonDocument>(StatementDocuments.Collection);
        opLog = database.GetCollection<BsonDocument>(OpDocuments.Collection);
        snapshots = database.GetCollection<BsonDocument>(SnapshotDocuments.Collection);
        revisions = database.GetCollection<BsonDocument>(RevisionDocuments.Collection);
        people = database.GetCollection<BsonDocument>(PersonDocuments.Collection);
        organisations = database.GetCollection<BsonDocument>(OrganisationDocuments.Collection);
        memberships = database.GetCollection<BsonDocument>(MembershipDocuments.Collection);
        accessTokens = database.GetCollection<BsonDocument>(AccessTokenDocuments.Collection);
        invitations = database.GetCollection<BsonDocument>(InvitationDocuments.Collection);
        statementAccess = database.GetCollection<BsonDocument>(StatementAccessDocuments.Collection);
    }

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
            await MongoSchema.EnsureAsync(database, cancellationToken);
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
        await database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken);
    }

    /// <inheritdoc />
    /// <exception cref="StoreException">A statement with this id exists (<see cref="StoreException.DuplicateStatement"/>).</exception>
    public async Task CreateStatementAsync(StatementRecord statement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ThrowIfDisposed();
        var empty = statement with { Version = 0, UpdatedAt = statement.CreatedAt };
        try
        {
            await statements.InsertOneAsync(StatementDocuments.ToBson(empty), cancellationToken: cancellationToken);
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            throw new StoreException(StoreException.DuplicateStatement, $"Statement {statement.Id} already exists.");
        }
    }

    /// <inheritdoc />
    public async Task<StatementRecord?> FindStatementAsync(Guid id, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var found = await statements.Find(StatementDocuments.ById(id)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : StatementDocuments.FromBson(found);
    }

    /// <inheritdoc />
    /// <remarks>Newest means most recently created; statements created in the same millisecond come in descending id order.</remarks>
    public async Task<IReadOnlyList<StatementRecord>> ListStatementsAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var found = await statements.Find(FilterDefinition<BsonDocument>.Empty)
            .Sort(StatementDocuments.NewestFirst)
            .ToListAsync(cancellationToken);
        return found.Select(StatementDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CommittedOp>> ReadOpsAsync(
        Guid statementId, long afterVersion, long upToVersion, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var found = await opLog.Find(OpDocuments.InRange(statementId, afterVersion, upToVersion))
            .Sort(OpDocuments.OldestFirst)
            .ToListAsync(cancellationToken);
        return found.Select(OpDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<CommittedOp?> FindSubmissionAsync(
        Guid statementId, string clientId, long seq, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ThrowIfDisposed();
        var found = await opLog.Find(OpDocuments.Submission(statementId, clientId, seq)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : OpDocuments.FromBson(found);
    }

    /// <inheritdoc />
    /// <exception cref="StoreException">The statement does not exist (<see cref="StoreException.UnknownStatement"/>).</exception>
    public async Task SaveSnapshotAsync(TextSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ThrowIfDisposed();
        _ = await FindHeadAsync(snapshot.StatementId, cancellationToken) ?? throw UnknownStatement(snapshot.StatementId);
        try
        {
            await snapshots.UpdateOneAsync(
                SnapshotDocuments.At(snapshot.StatementId, snapshot.Version),
                SnapshotDocuments.InsertText(snapshot.Text),
                new UpdateOptions { IsUpsert = true },
                cancellationToken);
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            // A concurrent save of the same version inserted first; the first text is the one kept, as promised.
        }
    }

    /// <inheritdoc />
    public async Task<TextSnapshot?> FindSnapshotAsync(Guid statementId, long version, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var found = await snapshots.Find(SnapshotDocuments.AtOrBefore(statementId, version))
            .Sort(SnapshotDocuments.NewestFirst)
            .Limit(1)
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : SnapshotDocuments.FromBson(found);
    }

    /// <inheritdoc />
    /// <exception cref="StoreException">
    /// The statement does not exist, there is no snapshot at the revision's version, or the revision id is taken.
    /// </exception>
    public async Task AddRevisionAsync(Revision revision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(revision);
        ThrowIfDisposed();
        _ = await FindHeadAsync(revision.StatementId, cancellationToken) ?? throw UnknownStatement(revision.StatementId);
        var snapshot = await snapshots.Find(SnapshotDocuments.At(revision.StatementId, revision.Version))
            .Project(SnapshotDocuments.VersionOnly)
            .FirstOrDefaultAsync(cancellationToken);
        if (snapshot is null)
        {
            throw new StoreException(
                StoreException.SnapshotMissing,
                $"Statement {revision.StatementId} has no snapshot at version {revision.Version} to name as a revision.");
        }
        try
        {
            await revisions.InsertOneAsync(RevisionDocuments.ToBson(revision), cancellationToken: cancellationToken);
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            throw new StoreException(StoreException.DuplicateRevision, $"Revision {revision.Id} already exists.");
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Revision>> ListRevisionsAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var found = await revisions.Find(RevisionDocuments.OfStatement(statementId))
            .Sort(RevisionDocuments.OldestFirst)
            .ToListAsync(cancellationToken);
        return found.Select(RevisionDocuments.FromBson).ToList();
    }

    /// <summary>Closes the store's client. Safe to call more than once; later calls to the store fail.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            client.Dispose();
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) == 1, this);

    /// <summary>The statement's head version as its document records it, or null when there is no such statement.</summary>
    private async Task<long?> FindHeadAsync(Guid statementId, CancellationToken cancellationToken)
    {
        var found = await statements.Find(StatementDocuments.ById(statementId))
            .Project(StatementDocuments.HeadOnly)
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : BsonValues.ReadLong(found, StatementDocuments.HeadVersion);
    }

    private static StoreException UnknownStatement(Guid statementId) =>
        new(StoreException.UnknownStatement, $"Statement {statementId} does not exist.");
}
