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

    /// <summary>Characters below this have their one-character tokens' numbers kept apart.</summary>
    private const int SingleCharacters = 128;

    /// <summary>The text and the compare number of each token, by its number; arrays rather than lists, read per token.</summary>
    private string[] _texts = new string[InitialSlots / 2];
    private int[] _compareIds = new int[InitialSlots / 2];
    private int _count;
    private readonly Dictionary<string, int> _trimmedIds = new(StringComparer.Ordinal) { [""] = BlankId };

    /// <summary>Open addressing: a token's hash and its number plus one, or zero for a free slot.</summary>
    private (int Hash, int IdPlusOne)[] _slots = new (int, int)[InitialSlots];

    /// <summary>
    /// The numbers of one-character ASCII tokens (a space, a comma, a letter), plus one, found without hashing. A
    /// number is remembered here once the table has found it in its slots.
    /// </summary>
    private readonly int[] _singleIdsPlusOne = new int[SingleCharacters];

    private int[] _ends = [];
    private int[] _ids = [];
    private int[] _scratchCompareIds = [];
    private int[] _tally = [];

    /// <summary>The tokens of <paramref name="text"/>, cut by <see cref="RedlineWordChunker"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BlockTokens Cut(string text)
    {
        if (_ends.Length < text.Length)
        {
            _ends = new int[text.Length];
            _ids = new int[text.Length];
            _scratchCompareIds = new int[text.Length];
        }
        var (ends, ids, compareIds) = (_ends, _ids, _scratchCompareIds);
        var count = 0;
        var nonBlank = 0;
        for (var start = 0; start < text.Length; count++)
        {
            var end = RedlineWordChunker.TokenEnd(text, start);
            var id = IdOf(text.AsSpan(start, end - start));
            var compareId = _compareIds[id];
            ends[count] = end;
            ids[count] = id;
            compareIds[count] = compareId;
            nonBlank += compareId == BlankId ? 0 : 1;
            start = end;
        }

        var nonBlankIds = new int[nonBlank];
        for (int i = 0, j = 0; j < nonBlank; i++)
        {
            if (compareIds[i] != BlankId)
            {
                nonBlankIds[j++] = ids[i];
            }
        }
        return new BlockTokens(text, ends.AsSpan(0, count).ToArray(), compareIds.AsSpan(0, count).ToArray(), nonBlankIds);
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
        if (_tally.Length < _count)
        {
            _tally = new int[2 * _count];
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
        var single = token.Length == 1 && token[0] < SingleCharacters;
        if (single && _singleIdsPlusOne[token[0]] != 0)
        {
            return _singleIdsPlusOne[token[0]] - 1;
        }
        var hash = Hash(token);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; _slots[slot].IdPlusOne != 0; slot = (slot + 1) & mask)
        {
            var (slotHash, idPlusOne) = _slots[slot];
            if (slotHash == hash && token.SequenceEqual(_texts[idPlusOne - 1]))
            {
                if (single)
                {
                    _singleIdsPlusOne[token[0]] = idPlusOne;
                }
                return idPlusOne - 1;
            }
        }
        return Add(token, hash);
    }

    /// <summary>
    /// A cheap hash of a token: most tokens are a few characters long, where the randomised string hash costs more
    /// than the lookup itself. Its low bits pick the slot, so the last steps mix the high bits into them. Tokens
    /// come from the texts being compared, which could be chosen to collide; a collision costs a comparison of
    /// texts, never a wrong number.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> token)
    {
        var hash = (uint)token.Length * 0x9E3779B1;
        foreach (var c in token)
        {
            hash = (hash ^ c) * 0x01000193;
        }
        hash ^= hash >> 15;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        return (int)hash;
    }

    /// <summary>
    /// Numbers a new token. Its compare number is that of its text trimmed, so that tokens equal but for
    /// surrounding whitespace compare equal, as in DiffPlex when it ignores whitespace.
    /// </summary>
    private int Add(ReadOnlySpan<char> token, int hash)
    {
        var id = _count++;
        if (id == _texts.Length)
        {
            Array.Resize(ref _texts, 2 * id);
            Array.Resize(ref _compareIds, 2 * id);
        }
        var text = token.ToString();
        _texts[id] = text;
        var trimmed = token.Trim();
        var trimmedText = trimmed.Length == token.Length ? text : trimmed.ToString();
        if (!_trimmedIds.TryGetValue(trimmedText, out var compareId))
        {
            _trimmedIds[trimmedText] = compareId = _trimmedIds.Count;
        }
        _compareIds[id] = compareId;
        if (2 * _count > _slots.Length)
        {
            Rehash(2 * _slots.Length);
        }
        // After a rehash too: the new token is not among the old slots, and left out it would be numbered again.
        Place(hash, id);
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
