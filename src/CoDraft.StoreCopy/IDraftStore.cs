using CoDraft.Core.Storage;

namespace CoDraft.StoreCopy;

/// <summary>
/// A whole store as one object: every port of one database, for the tools that handle a store as a whole (store
/// copy, verify, backup) and for the storage conformance suite. The server never registers it: its services ask
/// for the ports they use.
/// </summary>
public interface IDraftStore : IStoreSchema, IStatementStore, IOpLog, ISnapshotStore, IRevisionStore, IAccountStore, IStatementAccessStore,
    ILifecycleStore, ISignOffStore, IAuditLog, IPublicationStore,
    IReviewStore,
    IPublicSlugStore, ISignOnStore, ICorrectionStore
{
}
