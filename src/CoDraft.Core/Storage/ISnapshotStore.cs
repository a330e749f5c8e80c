namespace CoDraft.Core.Storage;

/// <summary>Text snapshots of statements at chosen versions.</summary>
public interface ISnapshotStore
{
    /// <summary>Stores a snapshot; storing the same (statement, version) again changes nothing.</summary>
    Task SaveSnapshotAsync(TextSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>The snapshot with the highest version ≤ <paramref name="version"/>, or null.</summary>
    Task<TextSnapshot?> FindSnapshotAsync(Guid statementId, long version, CancellationToken cancellationToken = default);
}
