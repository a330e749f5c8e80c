namespace CoDraft.Core.Review;

/// <summary>Where a suggestion stands. Only <see cref="Open"/> suggestions can be decided.</summary>
public enum SuggestionState
{
    /// <summary>Waiting for a lead.</summary>
    Open,
    /// <summary>Applied to the text as an op.</summary>
    Accepted,
    /// <summary>Turned down; the text was not changed.</summary>
    Rejected,
    /// <summary>Another suggestion on an overlapping range was accepted first and replaced this one's text.</summary>
    Superseded,
}
