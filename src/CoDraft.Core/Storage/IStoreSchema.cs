namespace CoDraft.Core.Storage;

/// <summary>
/// The store's own set-up: its tables or collections and indexes. The host runs it once at start, before any port
/// is used; every port of the same store shares what it sets up.
/// </summary>
public interface IStoreSchema
{
    /// <summary>Creates the schema or indexes when missing. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Asks the database to answer, without touching CoDraft's data: the readiness probe.</summary>
    Task PingAsync(CancellationToken cancellationToken = default);
}
