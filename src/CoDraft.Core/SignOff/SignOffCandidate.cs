namespace CoDraft.Core.SignOff;

/// <summary>A text put to the signatories: its version and the SHA-256 of that version's text.</summary>
public sealed record SignOffCandidate(long Version, string Sha256, DateTimeOffset IssuedAt);
