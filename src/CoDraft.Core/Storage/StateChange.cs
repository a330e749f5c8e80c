using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Core.Storage;

/// <summary>
/// A request to move a statement from <paramref name="From"/> to <paramref name="To"/>, made by
/// <paramref name="ChangedBy"/> at <paramref name="At"/>. The store applies it only while the statement is still in
/// <paramref name="From"/> and, when <paramref name="HeadVersion"/> is given, while its text is still at that
/// version: the check and the change are one atomic step.
/// </summary>
public sealed record StateChange(Guid StatementId, StatementState From, StatementState To, string ChangedBy, DateTimeOffset At, long? HeadVersion = null)
{
    /// <summary>Throws <see cref="ArgumentException"/> unless <see cref="Lifecycle"/> allows the move.</summary>
    public void Validate()
    {
        if (!Lifecycle.CanMove(From, To))
        {
            throw new ArgumentException($"A statement cannot move from {From} to {To}.", nameof(To));
        }
        ArgumentException.ThrowIfNullOrEmpty(ChangedBy);
    }
}
