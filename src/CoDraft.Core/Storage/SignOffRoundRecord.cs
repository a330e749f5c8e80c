using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Core.Storage;

/// <summary>
/// A stored sign-off round: the round with its candidates, who opened it and when, and every decision made in it,
/// oldest first (stale ones included: they are history).
/// </summary>
public sealed record SignOffRoundRecord(SignOffRound Round, string OpenedBy, DateTimeOffset OpenedAt, IReadOnlyList<SignOffDecision> Decisions);
