namespace CoDraft.Server.Review;

/// <summary>Limits and rhythms of comments and suggestions. Bound from the "Review" configuration section.</summary>
public sealed class ReviewOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Review";

    /// <summary>
    /// Anchors moved in memory are written back to the store at least every this many ops of a statement, in one
    /// batched write. Nothing is lost in between: a stored anchor carries its version and is brought up to date from
    /// the op log when read, so this only bounds that replay.
    /// </summary>
    public int PersistAnchorsEvery { get; set; } = 100;

    /// <summary>Longest comment, reply or suggested replacement, in characters: several paragraphs, not a whole text.</summary>
    public int MaxBodyLength { get; set; } = 10_000;
}
