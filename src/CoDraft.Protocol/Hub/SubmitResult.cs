namespace CoDraft.Protocol.Hub;

/// <summary>
/// The server's answer to a submission: the version it became, or for a submission that became a no-op the
/// version it was checked against (no echo follows then). <paramref name="Duplicate"/> when it had been committed before.
/// </summary>
public sealed record SubmitResult(long Version, bool Duplicate);
