using CoDraft.Core.Review;
using CoDraft.Core.Storage;

namespace CoDraft.Server.Review;

/// <summary>
/// The anchors of one statement's threads and open suggestions, in memory, at <see cref="Version"/>. Only the holder
/// of the statement's editing gate reads or changes it (the editor tells listeners of ops under that gate).
/// </summary>
internal sealed class AnchorSet(long version)
{
    private readonly Dictionary<AnchorKey, Anchor> anchors = [];

    public long Version { get; private set; } = version;

    /// <summary>Ops applied since the anchors were last written to the store.</summary>
    public int UnsavedOps { get; set; }

    /// <summary>True once every stored anchor of the statement has been loaded into the set.</summary>
    public bool Complete { get; set; }

    /// <summary>False once an op was missed; the set must then be rebuilt from the store.</summary>
    public bool InStep { get; private set; } = true;

    public bool TryGet(AnchorKey key, out Anchor anchor) => anchors.TryGetValue(key, out anchor!);

    public void Set(AnchorKey key, Anchor anchor) => anchors[key] = anchor;

    public void Remove(AnchorKey key) => anchors.Remove(key);

    /// <summary>Moves every anchor by the op committed at <see cref="Version"/> + 1; ignores ops already applied.</summary>
    public void Apply(CommittedOp op)
    {
        if (op.Version <= Version)
        {
            return;
        }
        if (op.Version != Version + 1)
        {
            InStep = false;
            return;
        }
        foreach (var (key, anchor) in anchors)
        {
            if (!anchor.Orphaned)
            {
                anchors[key] = anchor.Transform(op.Op);
            }
        }
        Version = op.Version;
        UnsavedOps++;
    }

    /// <summary>Every anchor as a move to <see cref="Version"/>, for one batched write.</summary>
    public IReadOnlyList<AnchorMove> Moves() => anchors.Select(a => new AnchorMove(a.Key.Kind, a.Key.Id, a.Value)).ToList();
}
