using DiffPlex.Model;

namespace CoDraft.Core.Redlines;

/// <summary>
/// Aligns the blocks of two texts: a diff over the block sequences by whitespace-insensitive content, then,
/// inside each run of changes, blocks that reappear with the same content elsewhere become moves, and similar
/// removed and added blocks become one changed block with a word-level diff.
/// </summary>
internal sealed class BlockAligner
{
    private readonly List<SourceBlock> _before;
    private readonly List<SourceBlock> _after;
    private readonly int[] _beforeKeys;
    private readonly int[] _afterKeys;
    private readonly HashSet<int> _movedFrom = [];
    private readonly Dictionary<int, int> _movedTo = [];
    private readonly TokenTable _tokens = new();
    private readonly Dictionary<int, BlockTokens> _afterTokens = [];
    private readonly List<RedlineBlock> _result = [];

    private BlockAligner(List<SourceBlock> before, List<SourceBlock> after)
    {
        _before = before;
        _after = after;
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        _beforeKeys = KeyIds(before, keyIds);
        _afterKeys = KeyIds(after, keyIds);
    }

    public static List<RedlineBlock> Align(List<SourceBlock> before, List<SourceBlock> after) =>
        new BlockAligner(before, after).Run();

    private List<RedlineBlock> Run()
    {
        var hunks = NumberedDiffer.Diff(_beforeKeys, _afterKeys);
        FindMoves(hunks);
        var beforeIndex = 0;
        var afterIndex = 0;
        foreach (var hunk in hunks)
        {
            for (; afterIndex < hunk.InsertStartB; beforeIndex++, afterIndex++)
            {
                _result.Add(Unchanged(_before[beforeIndex], _after[afterIndex]));
            }
            AddHunk(hunk);
            beforeIndex = hunk.DeleteStartA + hunk.DeleteCountA;
            afterIndex = hunk.InsertStartB + hunk.InsertCountB;
        }
        for (; afterIndex < _after.Count; beforeIndex++, afterIndex++)
        {
            _result.Add(Unchanged(_before[beforeIndex], _after[afterIndex]));
        }
        return _result;
    }

    /// <summary>Blocks numbered by key: equal keys, equal numbers.</summary>
    private static int[] KeyIds(List<SourceBlock> blocks, Dictionary<string, int> keyIds)
    {
        var ids = new int[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!keyIds.TryGetValue(blocks[i].Key, out ids[i]))
            {
                keyIds[blocks[i].Key] = ids[i] = keyIds.Count;
            }
        }
        return ids;
    }

    /// <summary>Pairs each added block with a removed block of the same key, in document order.</summary>
    private void FindMoves(List<DiffBlock> hunks)
    {
        var removedByKey = new Dictionary<int, Queue<int>>();
        foreach (var hunk in hunks)
        {
            for (var i = hunk.DeleteStartA; i < hunk.DeleteStartA + hunk.DeleteCountA; i++)
            {
                if (!removedByKey.TryGetValue(_beforeKeys[i], out var queue))
                {
                    removedByKey[_beforeKeys[i]] = queue = new Queue<int>();
                }
                queue.Enqueue(i);
            }
        }
        foreach (var hunk in hunks)
        {
            for (var i = hunk.InsertStartB; i < hunk.InsertStartB + hunk.InsertCountB; i++)
            {
                if (removedByKey.TryGetValue(_afterKeys[i], out var queue) && queue.Count > 0)
                {
                    var from = queue.Dequeue();
                    _movedFrom.Add(from);
                    _movedTo[i] = from;
                }
            }
        }
    }

    /// <summary>
    /// Walks the removed blocks of a run of changes in order; each is paired with the most similar of the next few
    /// added blocks, and added blocks passed over on the way are shown before that pair, so the output keeps the
    /// order of both texts.
    /// </summary>
    private void AddHunk(DiffBlock hunk)
    {
        var next = hunk.InsertStartB;
        var end = hunk.InsertStartB + hunk.InsertCountB;
        for (var removed = hunk.DeleteStartA; removed < hunk.DeleteStartA + hunk.DeleteCountA; removed++)
        {
            if (_movedFrom.Contains(removed))
            {
                continue;
            }
            var removedTokens = _tokens.Cut(_before[removed].Text);
            var match = BestMatch(removedTokens, next, end);
            if (match < 0)
            {
                _result.Add(Removed(_before[removed]));
                continue;
            }
            for (; next < match; next++)
            {
                _result.Add(AddedOrMoved(next));
            }
            _result.Add(Changed(_before[removed], removedTokens, _after[match], _afterTokens[match]));
            next = match + 1;
        }
        for (; next < end; next++)
        {
            _result.Add(AddedOrMoved(next));
        }
    }

    private int BestMatch(BlockTokens removed, int from, int end)
    {
        var best = -1;
        var bestSimilarity = RedlineLimits.MinPairingSimilarity;
        var candidates = 0;
        for (var i = from; i < end && candidates < RedlineLimits.MaxPairingCandidates; i++)
        {
            if (_movedTo.ContainsKey(i))
            {
                continue;
            }
            candidates++;
            if (!_afterTokens.TryGetValue(i, out var added))
            {
                _afterTokens[i] = added = _tokens.Cut(_after[i].Text);
            }
            if (removed.Count + added.Count > RedlineLimits.MaxWordDiffTokens)
            {
                continue;
            }
            var similarity = _tokens.Similarity(removed, added);
            if (similarity >= bestSimilarity && (best < 0 || similarity > bestSimilarity))
            {
                best = i;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    private RedlineBlock AddedOrMoved(int index) => _movedTo.TryGetValue(index, out var from)
        ? new RedlineBlock(_after[index].Kind, RedlineChange.Moved, _before[from].Text, _after[index].Text, [])
        : new RedlineBlock(_after[index].Kind, RedlineChange.Added, null, _after[index].Text, []);

    private static RedlineBlock Unchanged(SourceBlock before, SourceBlock after) =>
        new(after.Kind, RedlineChange.Unchanged, before.Text, after.Text, []);

    private static RedlineBlock Removed(SourceBlock before) =>
        new(before.Kind, RedlineChange.Removed, before.Text, null, []);

    private static RedlineBlock Changed(SourceBlock before, BlockTokens beforeTokens, SourceBlock after, BlockTokens afterTokens) =>
        new(after.Kind, RedlineChange.Changed, before.Text, after.Text, WordDiff.Segments(beforeTokens, afterTokens));
}
