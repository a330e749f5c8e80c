using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Server.SignOff;

/// <summary>
/// The sign-off state of a statement: its lifecycle state, its head, and the current round if one is open.
/// <paramref name="CandidateIsCurrentText"/> is false when the text changed since the candidate was issued (the lead re-issues).
/// </summary>
public sealed record SignOffStatus(Guid StatementId, StatementState State, long HeadVersion, string HeadSha256, RoundReport? Round, bool CandidateIsCurrentText);
