using CoDraft.Core.Text;

namespace CoDraft.Bench;

/// <summary>
/// The pair the redline benchmarks compare: an editing trace's text after <see cref="EarlierShare"/> of its patches
/// (a late draft) and its final text, each about 100 KB for automerge-paper.
/// </summary>
internal sealed record RedlinePair(string Before, string After)
{
    /// <summary>The earlier text is taken after this share of the patches.</summary>
    public const double EarlierShare = 0.8;

    /// <summary>The pair of trace <paramref name="trace"/>, or null (said on the console) when its file is absent.</summary>
    public static RedlinePair? Load(string trace)
    {
        if (RepoPaths.TryLoadTrace(trace) is not { } loaded)
        {
            return null;
        }
        var text = new LiveText(loaded.StartContent);
        var cut = (int)(loaded.Ops.Count * EarlierShare);
        for (var i = 0; i < cut; i++)
        {
            text.Apply(loaded.Ops[i]);
        }
        return new RedlinePair(text.ToString(), loaded.EndContent);
    }
}
