using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Core.Storage;

/// <summary>
/// Where a statement stands in its life (<see cref="StatementState"/>), with who moved it there and when. A
/// statement whose state was never changed is <see cref="StatementState.Drafting"/>, with no change recorded.
/// </summary>
public sealed record StatementLifecycle(Guid StatementId, StatementState State, DateTimeOffset? ChangedAt, string? ChangedBy)
{
    /// <summary>The lifecycle of a new statement.</summary>
    public static StatementLifecycle Initial(Guid statementId) => new(statementId, StatementState.Drafting, null, null);
}
