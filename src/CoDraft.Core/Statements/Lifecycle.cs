namespace CoDraft.Core.Statements;

/// <summary>
/// The transitions a statement may make, in one table. Who may ask for each is decided by roles
/// (accounts); whether Approved and Published are reachable is decided by the sign-off tally and the publish guard.
/// </summary>
public static class Lifecycle
{
    private static readonly Dictionary<StatementState, StatementState[]> Allowed = new()
    {
        [StatementState.Drafting] = [StatementState.InReview],
        // Back to drafting when the lead withdraws the candidate; Approved once every required organisation approved.
        [StatementState.InReview] = [StatementState.Drafting, StatementState.Approved],
        // A change to the approved text sends it back to review (approvals of the old text go stale).
        [StatementState.Approved] = [StatementState.InReview, StatementState.Drafting, StatementState.Published],
        [StatementState.Published] = [StatementState.Closed],
        [StatementState.Closed] = [],
    };

    /// <summary>True when a statement in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool CanMove(StatementState from, StatementState to) => Allowed[from].Contains(to);

    /// <summary>The states reachable from <paramref name="from"/> in one step.</summary>
    public static IReadOnlyList<StatementState> Next(StatementState from) => Allowed[from];

    /// <summary>True when the text may still be edited in <paramref name="state"/>.</summary>
    public static bool TextIsOpen(StatementState state) => state is StatementState.Drafting or StatementState.InReview or StatementState.Approved;

    /// <summary>
    /// The moves a lead makes by hand from <paramref name="from"/>: withdrawing a round (back to Drafting) and closing a
    /// published statement. The others have their own paths (opening a round, the last approval, publishing).
    /// </summary>
    public static IReadOnlyList<StatementState> ByHand(StatementState from) =>
        Next(from).Where(s => s is StatementState.Drafting or StatementState.Closed).ToList();

    /// <summary>
    /// Where a statement in review settles after a decision: Approved when every required organisation approved the
    /// current text, back to InReview when an approved statement lost an approval; null when it stays where it is.
    /// </summary>
    public static StatementState? Settle(StatementState state, bool allApproved) => (state, allApproved) switch
    {
        (StatementState.InReview, true) => StatementState.Approved,
        (StatementState.Approved, false) => StatementState.InReview,
        _ => null,
    };
}
