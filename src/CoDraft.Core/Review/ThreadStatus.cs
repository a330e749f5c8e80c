namespace CoDraft.Core.Review;

/// <summary>Whether a comment thread still wants attention.</summary>
public enum ThreadStatus
{
    /// <summary>New or reopened: shown in the margin.</summary>
    Open,
    /// <summary>Someone marked it as dealt with; it can be reopened.</summary>
    Resolved,
}
