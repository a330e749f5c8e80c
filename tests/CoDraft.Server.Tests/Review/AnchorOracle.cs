namespace CoDraft.Server.Tests.Review;

/// <summary>
/// Where an anchor must be, worked out independently of the server: every character has an identity, and an anchor
/// is the set of characters it covers. Characters typed strictly inside it join it; typed at either edge or outside,
/// they do not; deleted ones leave it; when none is left it is orphaned for good. Its range is then from its first to
/// its last character (they are always contiguous), which <see cref="Range"/> computes from the identities alone.
/// </summary>
public sealed class AnchorOracle
{
    private readonly List<int> text;
    private readonly List<HashSet<int>> anchors = [];
    private int nextIdentity;

    public AnchorOracle(int length)
    {
        text = Enumerable.Range(0, length).ToList();
        nextIdentity = length;
    }

    public int Length => text.Count;

    /// <summary>Starts an anchor on [start, end); its index.</summary>
    public int Anchor(int start, int end)
    {
        anchors.Add(text.GetRange(start, end - start).ToHashSet());
        return anchors.Count - 1;
    }

    /// <summary>Deletes <paramref name="count"/> characters at <paramref name="position"/>, then inserts <paramref name="inserted"/> there.</summary>
    public void Patch(int position, int count, int inserted)
    {
        if (count > 0)
        {
            foreach (var id in text.GetRange(position, count))
            {
                foreach (var members in anchors)
                {
                    members.Remove(id);
                }
            }
            text.RemoveRange(position, count);
        }
        if (inserted == 0)
        {
            return;
        }
        var added = Enumerable.Range(nextIdentity, inserted).ToList();
        nextIdentity += inserted;
        // Inside an anchor means between two of its characters: the one before and the one after the insertion point.
        var before = position > 0 ? text[position - 1] : -1;
        var after = position < text.Count ? text[position] : -1;
        foreach (var members in anchors)
        {
            if (members.Contains(before) && members.Contains(after))
            {
                members.UnionWith(added);
            }
        }
        text.InsertRange(position, added);
    }

    /// <summary>The anchor's range now, or null when it is orphaned.</summary>
    public (int Start, int End)? Range(int anchor)
    {
        var members = anchors[anchor];
        if (members.Count == 0)
        {
            return null;
        }
        var start = text.FindIndex(members.Contains);
        var end = text.FindLastIndex(members.Contains) + 1;
        Assert.Equal(end - start, members.Count);
        return (start, end);
    }
}
