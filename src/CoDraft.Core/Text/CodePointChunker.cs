using DiffPlex;

namespace CoDraft.Core.Text;

/// <summary>Cuts text into single code points, so that a diff never splits a surrogate pair.</summary>
internal sealed class CodePointChunker : IChunker
{
    public static readonly CodePointChunker Instance = new();

    public IReadOnlyList<string> Chunk(string text)
    {
        var chunks = new List<string>(text.Length);
        for (var i = 0; i < text.Length;)
        {
            CodePoints.TryAdvance(text, i, 1, out var end);
            chunks.Add(text[i..end]);
            i = end;
        }
        return chunks;
    }
}
