namespace CoDraft.Core.Redlines;

/// <summary>What happened to a block between the two texts.</summary>
public enum RedlineChange
{
    /// <summary>The block has the same words in both texts (whitespace may differ).</summary>
    Unchanged,

    /// <summary>The block is only in the later text.</summary>
    Added,

    /// <summary>The block is only in the earlier text.</summary>
    Removed,

    /// <summary>The block was edited; its segments show the word-level changes.</summary>
    Changed,

    /// <summary>The block has the same words in both texts but now stands elsewhere; it is shown at its new place.</summary>
    Moved,
}
