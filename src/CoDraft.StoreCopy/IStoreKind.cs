using CoDraft.Core.Storage;

namespace CoDraft.StoreCopy;

/// <summary>One kind of stored data (people, ops, revisions…) as <see cref="StoreCopier"/> moves it between stores.</summary>
public interface IStoreKind
{
    /// <summary>The name shown in the copy's summary, e.g. "people".</summary>
    string Name { get; }

    /// <summary>
    /// Reads this kind from both stores and sorts the source's records into already in the target (identical),
    /// missing from it, and in conflict with it (same key, different content). Writes nothing.
    /// </summary>
    Task<KindPlan> PlanAsync(IDraftStore source, IDraftStore target, CancellationToken cancellationToken);

    /// <summary>Reads this kind from both stores again and compares the source's records with the target's, by key.</summary>
    Task<KindVerification> VerifyAsync(IDraftStore source, IDraftStore target, CancellationToken cancellationToken);
}
