namespace CoDraft.Core.Storage;

/// <summary>Everything CoDraft stores; one adapter per database implements all of it.</summary>
public interface IDraftStore : IStatementStore, IOpLog, ISnapshotStore, IRevisionStore, IAccountStore, IStatementAccessStore,
    ILifecycleStore, ISignOffStore, IAuditLog, IPublicationStore,
    IReviewStore,
    IPublicSlugStore, ISignOnStore, ICorrectionStore
{
    /// <summary>Creates the schema or indexes when missing. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);
}
