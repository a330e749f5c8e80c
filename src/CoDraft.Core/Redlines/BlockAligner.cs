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

    /// <summary>
    /// The changed blocks found so far, with their place in the result; the first <see cref="_changedCount"/> are
    /// published to the threads that make their word-level diffs, into <see cref="_diffed"/>. There are at most as
    /// many as blocks of the earlier text, so the arrays never grow while another thread reads them.
    /// </summary>
    private readonly (int Index, SourceBlock Before, BlockTokens BeforeTokens, SourceBlock After, BlockTokens AfterTokens)[] _changed;
    private readonly RedlineBlock[] _diffed;
    private int _changedCount;

    /// <summary>How many of the changed blocks have been claimed by a thread to diff.</summary>
    private int _taken;

    /// <summary>Set once the alignment has found every changed block.</summary>
    private bool _aligned;

    private Task? _helper;

    private BlockAligner(List<SourceBlock> before, List<SourceBlock> after)
    {
        _before = before;
        _after = after;
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        _beforeKeys = KeyIds(before, keyIds);
        _afterKeys = KeyIds(after, keyIds);
        _changed = new (int, SourceBlock, BlockTokens, SourceBlock, BlockTokens)[before.Count];
        _diffed = new RedlineBlock[before.Count];
    }

    public static List<RedlineBlock> Align(List<SourceBlock> before, List<SourceBlock> after) =>
        new BlockAligner(before, after).Run();

    private List<RedlineBlock> Run()
    {
        var hunks = NumberedDiffer.Diff(_beforeKeys, _afterKeys);
        FindMoves(hunks);
        if (hunks.Count > 0)
        {
            StartHelper();
        }
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
    /// Makes the word-level diffs of the changed blocks that the alignment has not had made yet, and puts every
    /// changed block in its place. Each diff is independent of the others and lands at its block's place, so the
    /// result is the same whichever thread made it.
    /// </summary>
    private void DiffChangedBlocks()
    {
        Volatile.Write(ref _aligned, true);
        TakeDiffs(helping: false);
        _helper?.GetAwaiter().GetResult();
        for (var i = 0; i < _changedCount; i++)
        {
            _result[_changed[i].Index] = _diffed[i];
        }
    }

    /// <summary>
    /// Makes the diffs of the changed blocks found so far, one at a time, each claimed so that no two threads make
    /// the same. A helper waits for more while the alignment goes on, and stops when it is done and nothing is left.
    /// </summary>
    private void TakeDiffs(bool helping)
    {
        var wait = new SpinWait();
        while (true)
        {
            var taken = Volatile.Read(ref _taken);
            if (taken < Volatile.Read(ref _changedCount))
            {
                if (Interlocked.CompareExchange(ref _taken, taken + 1, taken) == taken)
                {
                    var pair = _changed[taken];
                    _diffed[taken] = Changed(pair.Before, pair.BeforeTokens, pair.After, pair.AfterTokens);
                }
                continue;
            }
            if (!helping || Volatile.Read(ref _aligned))
            {
                return;
            }
            wait.SpinOnce(sleep1Threshold: -1);
        }
    }

    /// <summary>
    /// When both texts are long, a helper on another processor makes the word-level diffs of changed blocks while
    /// the alignment goes on finding more; they are most of a redline's work when many blocks changed.
    /// </summary>
    private void StartHelper()
    {
        var length = 0L;
        foreach (var block in _before)
        {
            length += block.Text.Length;
        }
        if (length >= RedlineLimits.MinParallelWordDiffLength && Environment.ProcessorCount > 1)
        {
            _helper = Task.Run(() => TakeDiffs(helping: true));
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
            _changed[_changedCount] = (_result.Count, _before[removed], removedTokens, _after[match], _afterTokens[match]);
            Volatile.Write(ref _changedCount, _changedCount + 1);
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
