using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;

namespace CoDraft.Server.SignOff;

/// <summary>
/// A refusal that depends on where the statement is in its life: the answer carries <see cref="CurrentState"/>
/// (Problem Details extension <c>currentState</c>) beside the stable code and the reason.
/// </summary>
public sealed class LifecycleException(string code, StatementState currentState, string reason) : CoDraftException(code, reason)
{
    /// <summary>The state the statement is in.</summary>
    public StatementState CurrentState { get; } = currentState;
}
