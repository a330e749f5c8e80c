using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>Which driver errors mean what to the store, whichever way the driver reports them.</summary>
internal static class MongoErrors
{
    private const int DuplicateKeyCode = 11000;

    /// <summary>The server's "transactions need a replica set or mongos" (IllegalOperation).</summary>
    private const int IllegalOperationCode = 20;

    private const string TransientTransactionLabel = "TransientTransactionError";

    /// <summary>A unique index refused the write: another writer got there first.</summary>
    public static bool IsDuplicateKey(MongoException error) => error switch
    {
        MongoWriteException write => write.WriteError?.Category == ServerErrorCategory.DuplicateKey,
        MongoBulkWriteException bulk => bulk.WriteErrors.Any(e => e.Category == ServerErrorCategory.DuplicateKey),
        MongoCommandException command => command.Code == DuplicateKeyCode,
        _ => false,
    };

    /// <summary>
    /// The write lost to a concurrent writer: a unique index refused it, or its transaction hit a write conflict.
    /// Either way the server wrote none of it.
    /// </summary>
    public static bool LostRace(MongoException error) =>
        IsDuplicateKey(error) || error.HasErrorLabel(TransientTransactionLabel);

    /// <summary>The deployment is a standalone server, which has no multi-document transactions.</summary>
    public static bool TransactionsUnsupported(Exception error) =>
        error is NotSupportedException || error is MongoCommandException { Code: IllegalOperationCode };
}
