using System.Runtime.CompilerServices;

namespace CoDraft.Core.Redlines;

/// <summary>
/// The distinct tokens of one redline, each numbered once, so that a block is cut into tokens once and its tokens
/// are then counted and compared as numbers. Tokens are looked up by their place in the block's text, so a token
/// seen before costs no string.
/// </summary>
internal sealed class TokenTable
{
    /// <summary>The compare number of every whitespace token: whitespace compares equal whatever it is.</summary>
    public const int BlankId = 0;

    /// <summary>The table starts with room for this many distinct tokens and doubles when half full.</summary>
    private const int InitialSlots = 1 << 12;

    private readonly List<string> _texts = [];
    private readonly List<int> _compareIds = [];
    private readonly Dictionary<string, int> _trimmedIds = new(StringComparer.Ordinal) { [""] = BlankId };

    /// <summary>Open addressing: a token's hash and its number plus one, or zero for a free slot.</summary>
    private (int Hash, int IdPlusOne)[] _slots = new (int, int)[InitialSlots];

    private int[] _ends = [];
    private int[] _ids = [];
    private int[] _tally = [];

    /// <summary>The tokens of <paramref name="text"/>, cut by <see cref="RedlineWordChunker"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BlockTokens Cut(string text)
    {
        if (_ends.Length < text.Length)
        {
            _ends = new int[text.Length];
            _ids = new int[text.Length];
        }
        var count = 0;
        var nonBlank = 0;
        for (var start = 0; start < text.Length; count++)
        {
            var end = RedlineWordChunker.TokenEnd(text, start);
            var id = IdOf(text.AsSpan(start, end - start));
            _ends[count] = end;
            _ids[count] = id;
            nonBlank += _compareIds[id] == BlankId ? 0 : 1;
            start = end;
        }

        var compareIds = new int[count];
        var nonBlankIds = new int[nonBlank];
        for (int i = 0, j = 0; i < count; i++)
        {
            compareIds[i] = _compareIds[_ids[i]];
            if (compareIds[i] != BlankId)
            {
                nonBlankIds[j++] = _ids[i];
            }
        }
        return new BlockTokens(text, _ends.AsSpan(0, count).ToArray(), compareIds, nonBlankIds);
    }

    /// <summary>
    /// How alike two blocks are: the Dice coefficient of their non-whitespace tokens as multisets, twice the tokens
    /// they share over the tokens of both, from 0 (nothing shared) to 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Similarity(BlockTokens x, BlockTokens y)
    {
        var (mine, theirs) = (x.NonBlankIds, y.NonBlankIds);
        if (mine.Length + theirs.Length == 0)
        {
            return 1;
        }
        if (_tally.Length < _texts.Count)
        {
            _tally = new int[2 * _texts.Count];
        }
        foreach (var id in mine)
        {
            _tally[id]++;
        }
        var shared = 0;
        foreach (var id in theirs)
        {
            if (_tally[id] > 0)
            {
                _tally[id]--;
                shared++;
            }
        }
        foreach (var id in mine)
        {
            _tally[id] = 0;
        }
        return 2.0 * shared / (mine.Length + theirs.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int IdOf(ReadOnlySpan<char> token)
    {
        var hash = string.GetHashCode(token);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; _slots[slot].IdPlusOne != 0; slot = (slot + 1) & mask)
        {
            var (slotHash, idPlusOne) = _slots[slot];
            if (slotHash == hash && token.SequenceEqual(_texts[idPlusOne - 1]))
            {
                return idPlusOne - 1;
            }
        }
        return Add(token, hash);
    }

    /// <summary>
    /// Numbers a new token. Its compare number is that of its text trimmed, so that tokens equal but for
    /// surrounding whitespace compare equal, as in DiffPlex when it ignores whitespace.
    /// </summary>
    private int Add(ReadOnlySpan<char> token, int hash)
    {
        var id = _texts.Count;
        _texts.Add(token.ToString());
        var trimmed = token.Trim().ToString();
        if (!_trimmedIds.TryGetValue(trimmed, out var compareId))
        {
            _trimmedIds[trimmed] = compareId = _trimmedIds.Count;
        }
        _compareIds.Add(compareId);
        if (2 * _texts.Count > _slots.Length)
        {
            Rehash(2 * _slots.Length);
        }
        else
        {
            Place(hash, id);
        }
        return id;
    }

    private void Rehash(int slots)
    {
        var old = _slots;
        _slots = new (int, int)[slots];
        foreach (var (hash, idPlusOne) in old)
        {
            if (idPlusOne != 0)
            {
                Place(hash, idPlusOne - 1);
            }
        }
    }

    private void Place(int hash, int id)
    {
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot].IdPlusOne != 0)
        {
            slot = (slot + 1) & mask;
        }
        _slots[slot] = (hash, id + 1);
    }
}
