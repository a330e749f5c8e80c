using CoDraft.Core.Text;

namespace CoDraft.Server.Tests.Hubs.Traces;

/// <summary>
/// Which identities one session's text holds, counted by final rank in a Fenwick tree, so that the position of any
/// identity is a prefix count in O(log n) instead of a walk over the text. Kept in step with the session's own
/// edits and its <c>RemoteChanged</c> events, both under the session's lock.
/// </summary>
internal sealed class IdentityMirror(int[] rank)
{
    private readonly int[] tree = new int[rank.Length + 1];
    private readonly bool[] present = new bool[rank.Length];

    public bool Holds(int id) => present[id];

    /// <summary>How many held characters come before <paramref name="id"/>'s place in the final order.</summary>
    public int PositionOf(int id)
    {
        var count = 0;
        for (var i = rank[id]; i > 0; i -= i & -i)
        {
            count += tree[i];
        }
        return count;
    }

    public void Add(int id) => Change(id, true);

    public void Remove(int id) => Change(id, false);

    /// <summary>Follows an op applied to the session's text (its deletes carry their text, as the server resolves them).</summary>
    public void Follow(TextOp op)
    {
        foreach (var c in op.Components)
        {
            if (c.Kind == OpComponentKind.Retain)
            {
                continue;
            }
            foreach (var rune in c.Text!.EnumerateRunes())
            {
                Change(rune.Value - TraceReplay.FirstIdentity, c.Kind == OpComponentKind.Insert);
            }
        }
    }

    private void Change(int id, bool holds)
    {
        if (present[id] == holds)
        {
            return;
        }
        present[id] = holds;
        for (var i = rank[id] + 1; i < tree.Length; i += i & -i)
        {
            tree[i] += holds ? 1 : -1;
        }
    }
}
