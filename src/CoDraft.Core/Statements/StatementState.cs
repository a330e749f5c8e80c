namespace CoDraft.Core.Statements;

/// <summary>Where a statement is in its life: Drafting → InReview → Approved → Published (→ Closed).</summary>
public enum StatementState
{
    /// <summary>Partners write and change the text freely.</summary>
    Drafting,
    /// <summary>A sign-off round is open on a candidate text; signatories approve, request changes or decline.</summary>
    InReview,
    /// <summary>Every required organisation approved the exact current text.</summary>
    Approved,
    /// <summary>Public, with its signatories.</summary>
    Published,
    /// <summary>Published and no longer taking sign-ons or corrections.</summary>
    Closed,
}
