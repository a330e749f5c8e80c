using System.Text.RegularExpressions;
using CoDraft.Core.Redlines;

namespace CoDraft.Core.Word;

/// <summary>
/// The word-level alignment of two texts: the changed passages (each a range of the first text and what the second
/// has there) and a map of positions from the first text to the second. Runs of spaces count as alike whatever their
/// length, and so do rules of dashes (a table's padded columns and its header rule read back from Word narrower).
/// Changes that stand apart by nothing but spaces are read as one, as a person who rewrote "the big red dog" meant
/// one change, not three.
/// </summary>
internal sealed partial class TextAlignment
{
    private readonly List<Token> _from;
    private readonly List<Token> _to;
    private readonly List<Piece> _pieces;

    private TextAlignment(string from, string to, List<Token> fromTokens, List<Token> toTokens, List<Piece> pieces)
    {
        From = from;
        To = to;
        _from = fromTokens;
        _to = toTokens;
        _pieces = pieces;
    }

    /// <summary>The first text.</summary>
    public string From { get; }

    /// <summary>The second text.</summary>
    public string To { get; }

    /// <summary>The changed passages, in order: UTF-16 ranges of <see cref="From"/> and of <see cref="To"/>.</summary>
    public IEnumerable<(int FromStart, int FromEnd, int ToStart, int ToEnd)> Changes =>
        _pieces.Where(p => !p.Same).Select(p => (Start(_from, From, p.FromStart), Start(_from, From, p.FromEnd), Start(_to, To, p.ToStart), Start(_to, To, p.ToEnd)));

    /// <summary>Aligns <paramref name="from"/> with <paramref name="to"/>.</summary>
    public static TextAlignment Of(string from, string to)
    {
        var a = Tokens(from);
        var b = Tokens(to);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        int Number(Token token) => numbers.TryGetValue(token.Key, out var n) ? n : numbers[token.Key] = numbers.Count;
        var blocks = MyersDiff.Diff([.. a.Select(Number)], [.. b.Select(Number)]);
        var pieces = new List<Piece>();
        var (i, j) = (0, 0);
        foreach (var block in blocks)
        {
            if (block.DeleteStartA > i)
            {
                pieces.Add(new Piece(true, i, block.DeleteStartA, j, block.InsertStartB));
            }
            (i, j) = (block.DeleteStartA + block.DeleteCountA, block.InsertStartB + block.InsertCountB);
            pieces.Add(new Piece(false, block.DeleteStartA, i, block.InsertStartB, j));
        }
        if (i < a.Count || j < b.Count)
        {
            pieces.Add(new Piece(true, i, a.Count, j, b.Count));
        }
        return new TextAlignment(from, to, a, b, Merge(pieces, a));
    }

    /// <summary>
    /// Where <paramref name="position"/> (UTF-16, at a token's edge) of <see cref="From"/> stands in <see cref="To"/>.
    /// Inside a changed passage there is no such place: the passage's start (or, for <paramref name="end"/>, its end)
    /// is answered and <paramref name="exact"/> is false.
    /// </summary>
    public int Map(int position, bool end, out bool exact)
    {
        var index = _from.FindIndex(t => t.Start >= position);
        if (index < 0)
        {
            index = _from.Count;
        }
        exact = index == _from.Count || _from[index].Start == position;
        foreach (var piece in _pieces)
        {
            if (index < piece.FromStart || index > piece.FromEnd)
            {
                continue;
            }
            if (piece.Same)
            {
                if (index == piece.FromEnd && !end && piece.FromEnd > piece.FromStart)
                {
                    continue; // The start of what follows: the next piece says where that is.
                }
                return Start(_to, To, piece.ToStart + (index - piece.FromStart));
            }
            if ((index == piece.FromStart && !end) || piece.FromStart == piece.FromEnd)
            {
                return Start(_to, To, end ? piece.ToEnd : piece.ToStart);
            }
            if (index == piece.FromEnd && end)
            {
                return Start(_to, To, piece.ToEnd);
            }
            exact = false;
            return Start(_to, To, end ? piece.ToEnd : piece.ToStart);
        }
        return To.Length;
    }

    private static int Start(List<Token> tokens, string text, int index) => index < tokens.Count ? tokens[index].Start : text.Length;

    private static List<Piece> Merge(List<Piece> pieces, List<Token> from)
    {
        var merged = new List<Piece>();
        foreach (var piece in pieces)
        {
            if (merged.Count >= 2 && !piece.Same && merged[^1].Same && !merged[^2].Same && IsSpaceOnly(from, merged[^1]))
            {
                var first = merged[^2];
                merged.RemoveRange(merged.Count - 2, 2);
                merged.Add(new Piece(false, first.FromStart, piece.FromEnd, first.ToStart, piece.ToEnd));
                continue;
            }
            merged.Add(piece);
        }
        return merged;
    }

    private static bool IsSpaceOnly(List<Token> tokens, Piece piece)
    {
        for (var k = piece.FromStart; k < piece.FromEnd; k++)
        {
            if (tokens[k].Key != " ")
            {
                return false;
            }
        }
        return true;
    }

    private static List<Token> Tokens(string text) =>
        [.. TokenPattern().Matches(text).Select(m => new Token(m.Index, KeyOf(m.Value)))];

    private static string KeyOf(string token) =>
        token[0] is ' ' or '\t' ? " " : token.Length >= 3 && token.AsSpan().IndexOfAnyExcept('-') < 0 ? "---" : token;

    /// <summary>Words (letters and digits), runs of spaces, line ends, runs of dashes, and every other character (a surrogate pair whole) on its own.</summary>
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+|[ \t]+|\r?\n|-+|[\uD800-\uDBFF][\uDC00-\uDFFF]|.", RegexOptions.Singleline)]
    private static partial Regex TokenPattern();

    private readonly record struct Token(int Start, string Key);

    /// <summary>A stretch of tokens, [FromStart, FromEnd) of the first text and [ToStart, ToEnd) of the second, alike or changed.</summary>
    private readonly record struct Piece(bool Same, int FromStart, int FromEnd, int ToStart, int ToEnd);
}
