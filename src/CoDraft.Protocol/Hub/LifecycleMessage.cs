using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Protocol.Hub;

/// <summary>The statement moved from <paramref name="Previous"/> to <paramref name="State"/>; <paramref name="Reason"/> says why, for people.</summary>
public sealed record LifecycleMessage(Guid StatementId, StatementState State, StatementState Previous, string ChangedBy, DateTimeOffset At, string Reason);
