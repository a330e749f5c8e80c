using System.Text;
using DiffPlex;

namespace CoDraft.Core.Text;

/// <summary>
/// Cuts text into runs of letters and digits, runs of white space, and single other code points. The pieces
/// concatenate back to the text, and no piece splits a surrogate pair.
/// </summary>
internal sealed class WordChunker : IChunker
{
    public static readonly WordChunker Instance = new();

    private enum Class { Word, Space, Other }

    public IReadOnlyList<string> Chunk(string text)
    {
        var chunks = new List<string>();
        var start = 0;
        var previous = Class.Other;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var current = Rune.IsLetterOrDigit(rune) ? Class.Word : Rune.IsWhiteSpace(rune) ? Class.Space : Class.Other;
            if (index > start && (current != previous || current == Class.Other))
            {
                chunks.Add(text[start..index]);
                start = index;
            }
            previous = current;
            index += rune.Utf16SequenceLength;
        }
        if (index > start)
        {
            chunks.Add(text[start..index]);
        }
        return chunks;
    }
}
