namespace CoDraft.Core.Text;

/// <summary>
/// Which of two concurrent ops wins a tie when both insert at the same position.
/// The server transforms an incoming op with <see cref="Right"/> against ops already committed, so committed text
/// stays first; the transform of the committed op against the incoming one then uses <see cref="Left"/>.
/// </summary>
public enum TransformSide
{
    /// <summary>The op being transformed inserts before the other op's insert at the same position.</summary>
    Left,
    /// <summary>The op being transformed inserts after the other op's insert at the same position.</summary>
    Right,
}
