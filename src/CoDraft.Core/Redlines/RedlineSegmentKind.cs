namespace CoDraft.Core.Redlines;

/// <summary>Whether a piece of a changed block is kept, inserted or deleted.</summary>
public enum RedlineSegmentKind
{
    /// <summary>Text in both versions.</summary>
    Equal,

    /// <summary>Text only in the later version.</summary>
    Inserted,

    /// <summary>Text only in the earlier version.</summary>
    Deleted,
}
