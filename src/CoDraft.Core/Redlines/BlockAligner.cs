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

    /// <summary>The changed blocks, by their place in the result, whose word-level diffs are still to be made.</summary>
    private readonly List<(int Index, SourceBlock Before, BlockTokens BeforeTokens, SourceBlock After, BlockTokens AfterTokens)> _changed = [];

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
        DiffChangedBlocks();
        return _result;
    }

    /// <summary>
    /// Makes the word-level diffs of the changed blocks, most of a redline's work when many blocks changed. Each
    /// is independent of the others, so when there are many tokens to diff they are shared among the processors;
    /// each diff lands at its block's place, so the result is the same either way.
    /// </summary>
    private void DiffChangedBlocks()
    {
        var tokens = 0L;
        foreach (var pair in _changed)
        {
            tokens += pair.BeforeTokens.Count + pair.AfterTokens.Count;
        }
        if (tokens < RedlineLimits.MinParallelWordDiffTokens || Environment.ProcessorCount == 1)
        {
            foreach (var pair in _changed)
            {
                _result[pair.Index] = Changed(pair.Before, pair.BeforeTokens, pair.After, pair.AfterTokens);
            }
            return;
        }
        // Largest first, each processor taking the next diff when done with one, so that no processor is left with
        // a large diff at the end while the others wait.
        var blocks = new RedlineBlock[_changed.Count];
        var order = Enumerable.Range(0, _changed.Count)
            .OrderByDescending(i => _changed[i].BeforeTokens.Count + _changed[i].AfterTokens.Count)
            .ToArray();
        var next = -1;
        void Work()
        {
            for (int taken; (taken = Interlocked.Increment(ref next)) < order.Length;)
            {
                var pair = _changed[order[taken]];
                blocks[order[taken]] = Changed(pair.Before, pair.BeforeTokens, pair.After, pair.AfterTokens);
            }
        }
        var helpers = new Task[Math.Max(0, Math.Min(Environment.ProcessorCount, order.Length) - 1)];
        for (var i = 0; i < helpers.Length; i++)
        {
            helpers[i] = Task.Run(Work);
        }
        Work();
        Task.WaitAll(helpers);
        for (var i = 0; i < blocks.Length; i++)
        {
            _result[_changed[i].Index] = blocks[i];
        }
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
            _changed.Add((_result.Count, _before[removed], removedTokens, _after[match], _afterTokens[match]));
            _result.Add(null!);
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
