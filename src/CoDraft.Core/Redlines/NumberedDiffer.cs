using DiffPlex;
using DiffPlex.Model;

namespace CoDraft.Core.Redlines;

/// <summary>
/// DiffPlex's diff of two sequences whose pieces are already numbered (equal pieces, equal numbers). DiffPlex's
/// public entry points take strings, which they cut and number by hashing; the redline has numbered its blocks by
/// key already, so this reaches the algorithm through the members DiffPlex offers to subclasses.
/// </summary>
internal sealed class NumberedDiffer : Differ
{
    private NumberedDiffer()
    {
    }

    /// <summary>The runs of changes that turn <paramref name="before"/> into <paramref name="after"/>, in order.</summary>
    public static List<DiffBlock> Diff(int[] before, int[] after)
    {
        var a = new ModificationData(string.Empty) { HashedPieces = before, Modifications = new bool[before.Length] };
        var b = new ModificationData(string.Empty) { HashedPieces = after, Modifications = new bool[after.Length] };
        BuildModificationData(a, b);
        return DiffRuns.Gather(a.Modifications, b.Modifications);
    }
}
