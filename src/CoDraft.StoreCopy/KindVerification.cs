using CoDraft.Core.Storage;

namespace CoDraft.StoreCopy;

/// <summary>
/// One kind compared between the stores after a copy: the source's records, and the target's records with the same
/// keys, each counted and hashed (SHA-256 over their canonical JSON, in key order).
/// </summary>
/// <param name="Kind">The kind's name.</param>
/// <param name="SourceCount">Records in the source.</param>
/// <param name="TargetCount">Records in the target with a key the source has.</param>
/// <param name="SourceSha256">Hash of the source's records.</param>
/// <param name="TargetSha256">Hash of the target's records with the source's keys.</param>
/// <param name="TargetOnly">Records the target holds that the source does not (kept; not an error).</param>
/// <param name="FirstDifference">The key of the first record that differs or is missing, or null.</param>
public sealed record KindVerification(
    string Kind,
    int SourceCount,
    int TargetCount,
    string SourceSha256,
    string TargetSha256,
    int TargetOnly,
    string? FirstDifference)
{
    /// <summary>True when the target holds every source record, identical.</summary>
    public bool Matches => SourceCount == TargetCount && SourceSha256 == TargetSha256 && FirstDifference is null;
}
