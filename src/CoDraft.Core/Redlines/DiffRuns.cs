using System.Runtime.CompilerServices;
using DiffPlex.Model;

namespace CoDraft.Core.Redlines;

/// <summary>Gathers the pieces a diff marked as removed and added into runs of changes, as DiffPlex's differ does.</summary>
internal static class DiffRuns
{
    /// <summary>
    /// The runs of changes, in order. Each run is the removed pieces and the added pieces that stand together between
    /// two stretches of kept pieces.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<DiffBlock> Gather(bool[] removed, bool[] added)
    {
        var runs = new List<DiffBlock>();
        var (i, j) = (0, 0);
        while (true)
        {
            while (i < removed.Length && j < added.Length && !removed[i] && !added[j])
            {
                i++;
                j++;
            }
            var (startA, startB) = (i, j);
            while (i < removed.Length && removed[i])
            {
                i++;
            }
            while (j < added.Length && added[j])
            {
                j++;
            }
            if (i > startA || j > startB)
            {
                runs.Add(new DiffBlock(startA, i - startA, startB, j - startB));
            }
            if (i >= removed.Length || j >= added.Length)
            {
                return runs;
            }
        }
    }
}
