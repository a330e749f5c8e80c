namespace CoDraft.Core.Review;

/// <summary>What an anchor belongs to.</summary>
public enum ReviewItemKind
{
    /// <summary>A <see cref="CommentThread"/>.</summary>
    Thread,
    /// <summary>A <see cref="Suggestion"/>.</summary>
    Suggestion,
}
