using System.Text;

namespace CoDraft.Core.Word;

/// <summary>
/// Where a document's comments start and end in the Markdown read from it: the reader writes one private-use
/// character for each comment's start and end where Word has them, and <see cref="Extract"/> takes them out again,
/// keeping their positions. A character of its own each, so no Markdown escaping or emphasis can touch them.
/// </summary>
internal sealed class CommentMarks
{
    private const char FirstStart = '\uE100';
    private const char FirstEnd = '\uE900';
    private const int Most = 0x800;
    private readonly List<string> _ids = [];

    /// <summary>The mark for the start of comment <paramref name="id"/>.</summary>
    public char Start(string? id) => (char)(FirstStart + Index(id));

    /// <summary>The mark for the end of comment <paramref name="id"/>.</summary>
    public char End(string? id) => (char)(FirstEnd + Index(id));

    /// <summary>
    /// <paramref name="markdown"/> without its marks, and each comment's UTF-16 range in it (a comment whose end is
    /// missing ends where it starts).
    /// </summary>
    public (string Markdown, IReadOnlyDictionary<string, (int Start, int End)> Ranges) Extract(string markdown)
    {
        var clean = new StringBuilder(markdown.Length);
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var ranges = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal);
        foreach (var c in markdown)
        {
            if (c >= FirstStart && c < FirstStart + Math.Min(Most, _ids.Count))
            {
                starts[_ids[c - FirstStart]] = clean.Length;
            }
            else if (c >= FirstEnd && c < FirstEnd + Math.Min(Most, _ids.Count))
            {
                var id = _ids[c - FirstEnd];
                ranges[id] = (starts.GetValueOrDefault(id, clean.Length), clean.Length);
            }
            else
            {
                clean.Append(c);
            }
        }
        foreach (var (id, start) in starts)
        {
            ranges.TryAdd(id, (start, start));
        }
        return (clean.ToString(), ranges);
    }

    private int Index(string? id)
    {
        var key = id ?? "";
        var index = _ids.IndexOf(key);
        if (index < 0)
        {
            if (_ids.Count >= Most)
            {
                return Most - 1;
            }
            _ids.Add(key);
            index = _ids.Count - 1;
        }
        return index;
    }
}
