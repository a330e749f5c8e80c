namespace CoDraft.Core.Redlines;

/// <summary>A block's text cut into tokens once, for both the similarity of blocks and the word-level diff.</summary>
/// <param name="Text">The block's source.</param>
/// <param name="Ends">Where each token ends in <paramref name="Text"/>; each starts where the one before it ends.</param>
/// <param name="CompareIds">
/// A number per token, equal for tokens the word-level diff treats as equal; <see cref="TokenTable.BlankId"/> for whitespace.
/// </param>
/// <param name="NonBlankIds">The <see cref="TokenTable"/> numbers of the tokens that are not whitespace, in order.</param>
internal sealed record BlockTokens(string Text, int[] Ends, int[] CompareIds, int[] NonBlankIds)
{
    public int Count => Ends.Length;

    /// <summary>The text of tokens <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    public ReadOnlySpan<char> Slice(int start, int end)
    {
        var from = start == 0 ? 0 : Ends[start - 1];
        var to = end == 0 ? 0 : Ends[end - 1];
        return Text.AsSpan(from, to - from);
    }

    public bool IsBlank(int token) => CompareIds[token] == TokenTable.BlankId;
}
