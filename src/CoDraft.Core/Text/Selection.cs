namespace CoDraft.Core.Text;

/// <summary>
/// A selection in a document, as code point positions. <see cref="Anchor"/> is where it started and
/// <see cref="Head"/> where the cursor is; they are equal for a plain cursor.
/// </summary>
public readonly record struct Selection(int Anchor, int Head)
{
    /// <summary>True when the selection is a plain cursor.</summary>
    public bool IsCollapsed => Anchor == Head;
}
