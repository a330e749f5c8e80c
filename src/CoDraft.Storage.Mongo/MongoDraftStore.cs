using CoDraft.StoreCopy;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// A whole MongoDB store as one object, for store copy and the conformance suite: one <see cref="MongoStoreContext"/>
/// and one instance of each port class on it. The server registers the ports on their own instead
/// (docs/storage.md). Call <see cref="DraftStore.InitializeAsync"/> once before anything else.
/// </summary>
public sealed class MongoDraftStore : DraftStore, IDisposable
{
    /// <summary>Creates a store on <paramref name="options"/>; the driver connects in the background.</summary>
    /// <exception cref="ArgumentException">The connection string is empty or not valid, or the database name is empty.</exception>
    public MongoDraftStore(MongoStoreOptions options)
        : this(new MongoStoreContext(options))
    {
    }

    private MongoDraftStore(MongoStoreContext context)
        : base(
            context, new MongoStatementStore(context), new MongoOpLog(context), new MongoSnapshotStore(context),
            new MongoRevisionStore(context), new MongoAccountStore(context), new MongoStatementAccessStore(context),
            new MongoLifecycleStore(context), new MongoSignOffStore(context), new MongoAuditLog(context),
            new MongoPublicationStore(context), new MongoReviewStore(context), new MongoPublicSlugStore(context),
            new MongoSignOnStore(context), new MongoCorrectionStore(context), new MongoStoreTransfer(context),
            new MongoStoreTransfer(context)) =>
        Context = context;

    /// <summary>The client and collections, shared by the ports.</summary>
    public MongoStoreContext Context { get; }

    /// <summary>The hosts the connection string names (<c>host:port</c>, comma-separated), never its credentials.</summary>
    public string Hosts => Context.Hosts;

    /// <summary>The database that holds CoDraft's collections.</summary>
    public string DatabaseName => Context.DatabaseName;

    /// <summary>Closes the store's client. Safe to call more than once; later calls to the store fail.</summary>
    public void Dispose() => Context.Dispose();
}
