namespace CoDraft.Core.Redlines;

/// <summary>Bounds on the work of a redline, so that a wholesale rewrite of a long text stays fast.</summary>
internal static class RedlineLimits
{
    /// <summary>
    /// A removed block is compared for similarity with at most this many of the next added blocks of its run of
    /// changes. Pairing is then linear in the number of blocks rather than quadratic, and an edited block is
    /// almost always within a few blocks of its old place.
    /// </summary>
    public const int MaxPairingCandidates = 16;

    /// <summary>
    /// Removed and added blocks are paired as one changed block when this share of their tokens (Dice
    /// coefficient over punctuation and words) is common; below it a word-level diff of the two is mostly noise and
    /// the reader is better served by seeing the old block removed and the new one added.
    /// </summary>
    public const double MinPairingSimilarity = 0.5;

    /// <summary>
    /// A pair of blocks with more tokens than this, together, is shown as removed and added instead of diffed word
    /// by word: Myers' diff costs O(N·D), and one giant rewritten paragraph must not stall the redline. Ten
    /// thousand tokens is about five thousand words, far more than any paragraph of a statement.
    /// </summary>
    public const int MaxWordDiffTokens = 10_000;

    /// <summary>
    /// The word-level diffs of a redline's changed blocks are made on a second processor too, while the blocks are
    /// aligned, when the earlier text's blocks hold this many characters (about ten pages); below it, handing the
    /// work out costs more than it saves.
    /// </summary>
    public const int MinParallelWordDiffLength = 20_000;

    /// <summary>
    /// The two texts of a redline are split into blocks at the same time, and its HTML written while its statistics
    /// are counted, when each text is at least this long (about ten pages); for shorter ones each step takes less
    /// time than handing it to another processor is worth.
    /// </summary>
    public const int MinParallelSplitLength = 20_000;
}
