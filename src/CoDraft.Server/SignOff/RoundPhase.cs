namespace CoDraft.Server.SignOff;

/// <summary>Whether a round is the one under way, led to publication, or was withdrawn.</summary>
public enum RoundPhase
{
    /// <summary>The statement is in review (or approved) on this round.</summary>
    Open,

    /// <summary>The statement was published from this round.</summary>
    Completed,

    /// <summary>The lead withdrew it (the statement went back to drafting).</summary>
    Withdrawn,
}
