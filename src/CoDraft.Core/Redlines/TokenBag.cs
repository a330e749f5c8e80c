namespace CoDraft.Core.Redlines;

/// <summary>The multiset of a block's non-whitespace tokens, to tell how alike two blocks are.</summary>
internal sealed class TokenBag
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly int _size;

    private TokenBag(IReadOnlyList<string> tokens)
    {
        TokenCount = tokens.Count;
        foreach (var token in tokens)
        {
            if (!string.IsNullOrWhiteSpace(token))
            {
                _counts[token] = _counts.GetValueOrDefault(token) + 1;
                _size++;
            }
        }
    }

    /// <summary>All tokens of the block, whitespace included: the length the word-level diff works on.</summary>
    public int TokenCount { get; }

    public static TokenBag Of(string text) => new(RedlineWordChunker.Instance.Chunk(text));

    /// <summary>Dice coefficient: twice the shared tokens over the tokens of both, from 0 (nothing shared) to 1.</summary>
    public double Similarity(TokenBag other)
    {
        if (_size + other._size == 0)
        {
            return 1;
        }
        var (small, large) = _counts.Count <= other._counts.Count ? (this, other) : (other, this);
        var shared = 0;
        foreach (var (token, count) in small._counts)
        {
            shared += Math.Min(count, large._counts.GetValueOrDefault(token));
        }
        return 2.0 * shared / (_size + other._size);
    }
}
