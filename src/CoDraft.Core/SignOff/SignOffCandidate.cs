namespace CoDraft.Core.SignOff;

using CoDraft.Core.Statements;

/// <summary>A text put to the signatories: its version and the SHA-256 of that version's text.</summary>
public sealed record SignOffCandidate(long Version, string Sha256, DateTimeOffset IssuedAt);
