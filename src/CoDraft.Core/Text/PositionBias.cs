namespace CoDraft.Core.Text;

/// <summary>Where a position goes when an op inserts text exactly at it.</summary>
public enum PositionBias
{
    /// <summary>The position stays before the inserted text (someone else's cursor).</summary>
    Before,
    /// <summary>The position moves past the inserted text (the cursor of the person who typed it).</summary>
    After,
}
