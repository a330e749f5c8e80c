namespace CoDraft.Core.Audit;

/// <summary>The result of verifying an audit chain.</summary>
/// <param name="IsIntact">True when every entry links to the one before it and none was altered.</param>
/// <param name="VerifiedEntries">How many entries, from the first, verified.</param>
/// <param name="BrokenAt">The sequence number where the chain breaks, when it does.</param>
/// <param name="Problem">What is wrong there, for people.</param>
/// <param name="HeadHash">The hash of the last entry of an intact chain (publish it to pin the history).</param>
public sealed record AuditVerification(bool IsIntact, int VerifiedEntries, long? BrokenAt, string? Problem, string? HeadHash)
{
    /// <summary>An intact chain of <paramref name="entries"/> entries ending at <paramref name="headHash"/>.</summary>
    public static AuditVerification Intact(int entries, string headHash) => new(true, entries, null, null, headHash);

    /// <summary>A chain that breaks at <paramref name="sequence"/>.</summary>
    public static AuditVerification Broken(int verified, long sequence, string problem) => new(false, verified, sequence, problem, null);
}
